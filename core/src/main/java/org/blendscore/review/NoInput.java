/*
 * Copyright 2026 the Blendscore authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.blendscore.review;

import java.util.Objects;

/**
 * A measure with no usable evidence.
 */
public final class NoInput implements MeasureInput {

    private final String reason;

    /**
     * Checks that the reason is present.
     *
     * @param reason why, such as {@code no evidence for this measure}
     */
    public NoInput(String reason) {
        Objects.requireNonNull(reason, "reason");
        this.reason = reason;
    }

    /**
     * Returns why, such as {@code no evidence for this measure}.
     *
     * @return why, such as {@code no evidence for this measure}
     */
    public String reason() {
        return reason;
    }

    /** Equal to another NoInput whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof NoInput other
                && Objects.equals(reason, other.reason);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(reason);
    }

    /** The parts, as {@code NoInput[part=value, ...]}. */
    @Override
    public String toString() {
        return "NoInput[reason=" + reason
                + "]";
    }
}
