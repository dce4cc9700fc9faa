/**
 * Reviews: the immutable, explained result of scoring one subject's evidence against a rubric.
 *
 * <p>A {@link org.blendscore.review.Review} holds the overall score and band, every section's and
 * measure's score, weight and contribution with the inputs behind it, the reasons, warnings and
 * provenance; {@link org.blendscore.review.Review#explain()} renders it as plain text.
 */
package org.blendscore.review;
