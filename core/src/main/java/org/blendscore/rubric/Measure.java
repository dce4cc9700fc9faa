package org.blendscore.rubric;

import java.math.BigDecimal;

/**
 * One thing judged, with its weight inside its section. Three families: {@link QuotaMeasure},
 * {@link MilestoneMeasure} and {@link RatingMeasure}.
 */
public sealed interface Measure permits QuotaMeasure, MilestoneMeasure, RatingMeasure {

    /**
     * The measure's id, unique in its rubric, such as {@code new-arr}.
     *
     * @return the id
     */
    String id();

    /**
     * The measure's weight in its section, in percent.
     *
     * @return the weight
     */
    BigDecimal weight();
}
