package org.blendscore.dsl;

/**
 * The first step of a rubric, from {@link RubricDsl#rubric(String)}: it offers only
 * {@link #version(String)}, so that every rubric names its version, then its effective period,
 * before anything else. Immutable.
 */
public final class RubricVersionStep {

    private final String id;

    RubricVersionStep(String id) {
        this.id = Args.notNull(id, "rubric id");
    }

    /**
     * The published version, such as {@code 2026.1}; its effective period comes next.
     *
     * @param version the version; checked when the rubric is built (it must not be blank)
     * @return the step that takes the effective period
     * @throws NullPointerException if {@code version} is null
     */
    public RubricEffectiveStep version(String version) {
        return new RubricEffectiveStep(id, Args.notNull(version, "version of rubric '" + id + "'"));
    }
}
