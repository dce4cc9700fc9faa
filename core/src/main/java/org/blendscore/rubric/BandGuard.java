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
package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Caps the band when a condition holds: "when the Relationship section scores below 50, the band is
 * at most Meets". A guard never raises a band.
 *
 * @param condition when the guard applies
 * @param capAt the label of the highest band allowed while it applies
 */
public record BandGuard(@Valid @NotNull ScoreCondition condition, @NotBlank String capAt) {

    /**
     * Checks that the parts are present.
     *
     * @param condition when the guard applies
     * @param capAt the label of the highest band allowed while it applies
     */
    public BandGuard {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(capAt, "capAt");
    }
}
