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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Ordered stages of a sales cycle (discovery, qualification, proposal, close): the furthest stage
 * reached credits that stage's points. Stage points never decrease along the ladder.
 *
 * @param id the ladder id
 * @param stages the stages in order
 */
public record StageLadder(@NotBlank String id, @NotEmpty List<@Valid @NotNull Stage> stages) implements MilestoneRule {

    /**
     * Copies the stages.
     *
     * @param id the ladder id
     * @param stages the stages in order
     */
    public StageLadder {
        Objects.requireNonNull(id, "id");
        stages = Copies.list(stages, "stages", () -> "StageLadder '" + id + "'");
    }

    @Override
    public BigDecimal maxPoints() {
        return stages.isEmpty() ? BigDecimal.ZERO : stages.get(stages.size() - 1).points();
    }
}
