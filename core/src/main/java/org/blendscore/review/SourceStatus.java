package org.blendscore.review;

/** How a rating source took part in a measure. */
public enum SourceStatus {
    /** It had enough usable ratings and counted. */
    SCORED,
    /** Too few usable ratings; it counted 0 points under the rubric's policy. */
    COUNTED_AS_ZERO,
    /** Too few usable ratings; it was left out and the other sources renormalised. */
    LEFT_OUT
}
