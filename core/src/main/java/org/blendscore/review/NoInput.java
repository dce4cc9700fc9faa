package org.blendscore.review;

import java.util.Objects;

/**
 * A measure with no usable evidence.
 *
 * @param reason why, such as {@code no evidence for this measure}
 */
public record NoInput(String reason) implements MeasureInput {

    /**
     * Checks that the reason is present.
     *
     * @param reason why, such as {@code no evidence for this measure}
     */
    public NoInput {
        Objects.requireNonNull(reason, "reason");
    }
}
