package org.blendscore.analysis;

/** Where a measure's points can jump: an edge of a curve, or one discrete step of a milestone measure. */
public enum CliffKind {
    /** The gate of a linear curve: below it nothing counts. */
    GATE,
    /** A breakpoint of a linear curve; linear interpolation keeps the points continuous there. */
    BREAKPOINT,
    /** The edge between two tiers of a tier curve. */
    TIER_EDGE,
    /** Reaching one named milestone. */
    MILESTONE,
    /** Reaching the next stage of a stage ladder. */
    STAGE,
    /** One more occurrence of a counted milestone, up to its target. */
    COUNT
}
