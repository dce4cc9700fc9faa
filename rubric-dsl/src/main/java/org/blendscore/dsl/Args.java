package org.blendscore.dsl;

import java.util.function.UnaryOperator;

/** Checks of the DSL's arguments: a null, or a describing function that returns null, is named. */
final class Args {

    private Args() {
    }

    /**
     * The value, if it is not null.
     *
     * @throws NullPointerException naming {@code what}
     */
    static <T> T notNull(T value, String what) {
        if (value == null) {
            throw DslErrors.nullArgument(what);
        }
        return value;
    }

    /**
     * Applies a describing function to a fresh step.
     *
     * @param describe the user's function, such as {@code s -> s.quota(...)}
     * @param start the step it starts from
     * @param what what it describes, for the errors, such as {@code section 'Revenue'}
     * @throws NullPointerException naming {@code what} if the function is null or returns null
     */
    static <S> S described(UnaryOperator<S> describe, S start, String what) {
        S step = notNull(describe, "the function describing " + what).apply(start);
        if (step == null) {
            throw DslErrors.nullStep(what);
        }
        return step;
    }
}
