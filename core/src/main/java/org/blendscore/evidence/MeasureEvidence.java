package org.blendscore.evidence;

/**
 * The evidence for one measure: a {@link QuotaActual}, {@link MilestonesReached} or
 * {@link Ratings}, matching the measure's family.
 */
public sealed interface MeasureEvidence permits QuotaActual, MilestonesReached, Ratings {
}
