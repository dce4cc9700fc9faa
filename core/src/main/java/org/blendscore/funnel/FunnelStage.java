package org.blendscore.funnel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One activity of a sales funnel and the share of it that converts into the next activity (or, for
 * the last activity, into won deals): calls with 10% turning into pitches.
 *
 * @param activity the activity, such as {@code calls}; also the unit of its target
 * @param conversion the share converting to the next stage, more than 0 and at most 1
 */
public record FunnelStage(String activity, BigDecimal conversion) {

    /**
     * Checks the stage.
     *
     * @throws IllegalArgumentException for a blank activity or a conversion outside (0, 1]
     */
    public FunnelStage {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(conversion, "conversion");
        if (activity.isBlank()) {
            throw new IllegalArgumentException("funnel activity is missing (blank)");
        }
        if (conversion.signum() <= 0 || conversion.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("conversion of " + activity + " is " + conversion.toPlainString()
                    + ", allowed more than 0 and at most 1");
        }
    }

    /**
     * A stage from decimal text, as in {@code FunnelStage.of("calls", "0.10")}.
     *
     * @param activity the activity
     * @param conversion the share converting to the next stage
     * @return the stage
     */
    public static FunnelStage of(String activity, String conversion) {
        return new FunnelStage(activity, new BigDecimal(conversion));
    }
}
