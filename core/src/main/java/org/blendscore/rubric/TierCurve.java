package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Step tiers: attainment ranges that each score fixed points. The tiers must cover every attainment
 * from 0 upwards without gaps or overlaps, the last one open-ended; this is checked when the rubric
 * is built.
 *
 * @param tiers the tiers, in ascending order of attainment
 * @param edge which tier a value exactly on an edge belongs to
 */
public record TierCurve(@NotEmpty List<@Valid @NotNull Tier> tiers, @NotNull TierEdge edge) implements Curve {

    /**
     * Copies the tiers.
     *
     * @param tiers the tiers, in ascending order of attainment
     * @param edge which tier a value exactly on an edge belongs to
     */
    public TierCurve {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(edge, "edge");
    }

    @Override
    public Optional<BigDecimal> maxPoints() {
        return tiers.stream().map(Tier::points).max(Comparator.naturalOrder());
    }
}
