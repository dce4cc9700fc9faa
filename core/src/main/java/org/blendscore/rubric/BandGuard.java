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
 * <p>A guard whose condition cannot be evaluated, because its section or measure was left out for
 * missing evidence, <b>fails closed</b> by default: it caps the band as if its condition held, and
 * the review says so in a warning, so that withholding the evidence a guard reads never lifts a band
 * past it. A guard may declare {@code failOpen}: it is then skipped, with a warning.
 *
 * @param condition when the guard applies
 * @param capAt the label of the highest band allowed while it applies
 * @param failOpen whether the guard is skipped (true) or caps the band (false, the default) when its
 *     condition cannot be evaluated
 */
public record BandGuard(@Valid @NotNull ScoreCondition condition, @NotBlank String capAt, boolean failOpen) {

    /**
     * Checks that the parts are present.
     *
     * @param condition when the guard applies
     * @param capAt the label of the highest band allowed while it applies
     * @param failOpen whether the guard is skipped when its condition cannot be evaluated
     */
    public BandGuard {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(capAt, "capAt");
    }

    /**
     * A guard that fails closed: it caps the band when its condition holds or cannot be evaluated.
     *
     * @param condition when the guard applies
     * @param capAt the label of the highest band allowed while it applies
     */
    public BandGuard(ScoreCondition condition, String capAt) {
        this(condition, capAt, false);
    }

    /**
     * A copy that fails open: skipped, with a warning, when its condition cannot be evaluated.
     *
     * @return a new guard
     */
    public BandGuard failingOpen() {
        return new BandGuard(condition, capAt, true);
    }
}
