package org.blendscore.review;

/**
 * The evidence behind a measure's points, as the review shows it: {@link QuotaInput},
 * {@link MilestoneInput}, {@link RatingInput}, or {@link NoInput} when the measure had none.
 */
public sealed interface MeasureInput permits QuotaInput, MilestoneInput, RatingInput, NoInput {
}
