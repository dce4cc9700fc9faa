package org.blendscore.rubric;

/** How the ratings of one source combine into the source's value. */
public enum Aggregation {
    /** The arithmetic mean, kept exact (4, 5, 4 gives 13/3). */
    MEAN,
    /** The middle rating; with an even count, the mean of the two middle ones. */
    MEDIAN
}
