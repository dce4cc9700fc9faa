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
package org.blendscore.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * Where a quota measure's actual came from, carried with it into the review: a line of provenance
 * (such as a metric's {@code win rate by count 31.03% = 9 won of 29 closed: d-101, ...}) and, when
 * the actual is a sum, its parts (a rep's own deals and the rep's parts of split deals).
 *
 * <p>The review shows the text under the measure and the parts as the first steps of its actual.
 * Scoring checks the basis as untrusted evidence: the text fits in {@link EvidenceLimits#MAX_TEXT_LENGTH},
 * there are at most {@link EvidenceLimits#MAX_BASIS_PARTS} parts, and the parts, none negative, add up
 * to the actual exactly.
 *
 * @param text one line of provenance; empty when the parts say it all
 * @param parts the parts the actual is the sum of, in the order shown; empty when it is not shown as a sum
 */
public record ActualBasis(@NotNull String text, @NotNull List<@Valid @NotNull BasisPart> parts) {

    /**
     * Checks that the text is present and copies the parts.
     *
     * @param text one line of provenance; empty when the parts say it all
     * @param parts the parts the actual is the sum of, in the order shown
     */
    public ActualBasis {
        Objects.requireNonNull(text, "text");
        parts = Copies.list(parts, "parts", () -> "ActualBasis");
    }

    /**
     * A basis of one line of provenance, without parts.
     *
     * @param text the line
     */
    public ActualBasis(String text) {
        this(text, List.of());
    }
}
