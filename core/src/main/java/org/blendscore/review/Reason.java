package org.blendscore.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much one measure raised or lowered the overall score against a baseline review in which
 * every measure scores 100 points: {@code impact = contribution - effective weight x 100}, in
 * overall points.
 *
 * @param measureId the measure
 * @param section the measure's section
 * @param impact signed impact in overall points, at the rubric's scale; positive raised the score
 * @param text a sentence, such as {@code new-arr raised the overall by 6.00 points (112.00 points against 100)}
 */
public record Reason(String measureId, String section, BigDecimal impact, String text) {

    /** Checks that the parts are present. */
    public Reason {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Whether the measure raised the overall above the baseline.
     *
     * @return true for a positive impact
     */
    public boolean raised() {
        return impact.signum() > 0;
    }
}
