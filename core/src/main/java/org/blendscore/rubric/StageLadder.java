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
        stages = List.copyOf(stages);
    }

    @Override
    public BigDecimal maxPoints() {
        return stages.isEmpty() ? BigDecimal.ZERO : stages.get(stages.size() - 1).points();
    }
}
