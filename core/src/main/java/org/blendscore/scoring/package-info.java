/**
 * Scoring: a {@link org.blendscore.scoring.Scorer} compiled from a rubric turns evidence into
 * reviews, one at a time or in batches that report their bad records and score the rest.
 */
package org.blendscore.scoring;
