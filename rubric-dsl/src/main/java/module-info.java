/**
 * Blendscore's fluent DSL: immutable builders for rubrics that read like the published rubric, and
 * a concise builder for evidence. Every {@code build()} hands back core's validated, immutable model.
 */
module org.blendscore.dsl {
    requires transitive org.blendscore.core;

    exports org.blendscore.dsl;
}
