package org.blendscore.scoring;

import java.util.List;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.Warning;

/**
 * What scoring one measure gave, filled in by the measure: its exact points, or none when it had no
 * usable evidence; the input summary for the review; warnings about its sources; and, when it has
 * no points, why. One per measure and scoring run, mutable, never shared: the run goes on to weigh
 * the points in place (see {@link ScoringRun}), so that a review allocates no arithmetic.
 */
class MeasureOutcome {

    /**
     * The exact points when {@link #hasPoints}; the scoring run then turns the same value, in place,
     * into the measure's exact contribution and its impact.
     */
    final MutableRational exact = new MutableRational();
    boolean hasPoints;
    MeasureInput input;
    List<Warning> warnings = List.of();
    /** Why there are no points; null when there are. */
    String missingReason;

    /** The measure scored: its points are in {@link #exact}. */
    void scored(MeasureInput in, List<Warning> sourceWarnings) {
        hasPoints = true;
        input = in;
        warnings = List.copyOf(sourceWarnings);
        missingReason = null;
    }

    /** The measure had no usable evidence. */
    void missing(MeasureInput in, String reason) {
        hasPoints = false;
        input = in;
        warnings = List.of();
        missingReason = reason;
    }
}
