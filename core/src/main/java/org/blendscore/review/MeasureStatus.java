package org.blendscore.review;

/** How a measure took part in a review. */
public enum MeasureStatus {
    /** Scored from its evidence. */
    SCORED,
    /** It had no usable evidence and counted 0 points under the rubric's policy. */
    COUNTED_AS_ZERO,
    /** It had no usable evidence and was left out; the section's other measures were renormalised. */
    LEFT_OUT
}
