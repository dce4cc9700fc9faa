/**
 * Blendscore's test kit: generators of valid evidence for a rubric and metamorphic checks of the
 * properties of a scoring function (fairness among them), run against any scoring function, the
 * library's scorer or a platform's own pipeline. It
 * depends on no test framework; a failed check throws a plain {@link AssertionError}.
 */
module org.blendscore.testkit {
    requires transitive org.blendscore.core;

    exports org.blendscore.testkit;
}
