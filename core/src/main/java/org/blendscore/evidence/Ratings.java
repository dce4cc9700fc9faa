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

/**
 * The ratings of one rating measure, from any of its sources, in any order.
 *
 * @param ratings the ratings
 */
public record Ratings(@NotNull List<@Valid @NotNull Rating> ratings) implements MeasureEvidence {

    /**
     * Copies the list.
     *
     * @param ratings the ratings
     */
    public Ratings {
        ratings = Copies.list(ratings, "ratings", () -> "Ratings");
    }

    /**
     * Ratings from the given ones.
     *
     * @param ratings the ratings
     * @return the evidence
     */
    public static Ratings of(Rating... ratings) {
        return new Ratings(List.of(ratings));
    }
}
