package org.blendscore.scoring;

import java.util.List;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.Warning;

/**
 * What scoring one measure gave: its exact points, or null when it had no usable evidence; the
 * input summary for the review; warnings about its sources; and, when points are null, why.
 */
record MeasureOutcome(Rational points, MeasureInput input, List<Warning> warnings, String missingReason) {

    static MeasureOutcome scored(Rational points, MeasureInput input, List<Warning> warnings) {
        return new MeasureOutcome(points, input, List.copyOf(warnings), null);
    }

    static MeasureOutcome missing(MeasureInput input, String reason) {
        return new MeasureOutcome(null, input, List.of(), reason);
    }

    boolean hasPoints() {
        return points != null;
    }
}
