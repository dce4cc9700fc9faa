/**
 * Blendscore core: the rubric model, evidence, the scoring engine and explained reviews.
 *
 * <p>A {@link org.blendscore.rubric.Rubric} is validated when it is built and compiled once into a
 * {@link org.blendscore.scoring.Scorer}, which turns {@link org.blendscore.evidence.Evidence} into an
 * immutable, explained {@link org.blendscore.review.Review}.
 */
module org.blendscore.core {
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports org.blendscore.rubric;
    exports org.blendscore.evidence;
    exports org.blendscore.scoring;
    exports org.blendscore.review;
    exports org.blendscore.number;
    exports org.blendscore.analysis;
    exports org.blendscore.fairness;
    exports org.blendscore.funnel;
}
