/**
 * Evidence: what one subject did in one period (quota actuals, milestones reached, ratings), as
 * immutable records. Evidence is checked against the rubric when it is scored; every problem names
 * the subject, the measure, the rater and the field, in an
 * {@link org.blendscore.evidence.InvalidEvidenceException}.
 */
package org.blendscore.evidence;
