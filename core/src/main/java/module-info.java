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
    exports org.blendscore.analysis;
    exports org.blendscore.impact;
    exports org.blendscore.funnel;

    // The public input types (rubric parts, evidence) carry Jakarta constraint annotations, and a
    // validation provider reads the records' private fields reflectively, so these two packages are
    // open for deep reflection at run time (nothing more is exported at compile time). Open to every
    // module rather than "to org.hibernate.validator": a platform may use another provider (Apache
    // BVal) or another reflective reader, and a qualified opens to a module core does not require
    // would draw a "module not found" lint warning, which this build fails on. The records' fields are
    // final, so reflection can read but never change them; no other package is open.
    opens org.blendscore.rubric;
    opens org.blendscore.evidence;
}
