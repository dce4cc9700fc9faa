/**
 * Adverse-impact analysis: given reviews, a group label per subject kept apart from scoring, and an
 * outcome (band at least X, overall at least Y, top N%), the selection rate of every group, its
 * impact ratio against the group with the highest rate, the four-fifths rule, the pooled
 * two-proportion z test and Fisher's exact test. Start at
 * {@link org.blendscore.impact.AdverseImpact#of(java.util.List, java.util.Map, org.blendscore.impact.Outcome, int)}.
 */
package org.blendscore.impact;
