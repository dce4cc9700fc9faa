package org.blendscore.rubric;

/** Which tier an attainment exactly on the edge between two tiers belongs to. */
public enum TierEdge {
    /** The edge belongs to the higher tier (the default): tiers are {@code [from, to)}. */
    HIGHER,
    /** The edge belongs to the lower tier: tiers are {@code (from, to]}. */
    LOWER
}
