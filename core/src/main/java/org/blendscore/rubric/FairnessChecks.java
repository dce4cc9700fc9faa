package org.blendscore.rubric;

import java.math.BigDecimal;
import java.util.List;
import org.blendscore.analysis.RubricAnalysis;

/**
 * Checks a rubric's {@link FairnessRules}: first that the limits themselves make sense, with the
 * rest of the rubric's structure; then, on a structurally valid rubric, whether the rubric keeps
 * them, measured exactly by {@link RubricAnalysis}.
 */
final class FairnessChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FairnessChecks() {
    }

    static void limits(FairnessRules rules, List<RubricProblem> problems) {
        boolean sized = true;
        for (FairnessRule rule : rules.declared()) {
            java.util.Optional<BigDecimal> limit = rules.limit(rule);
            if (limit.isPresent() && !NumberLimits.allows(limit.get())) {
                problems.add(new RubricProblem(rule.path(), NumberLimits.message("limit", limit.get())));
                sized = false;
            }
        }
        if (!sized) {
            return;
        }
        share(FairnessRule.MIN_QUALITATIVE_SHARE, rules, problems);
        share(FairnessRule.MAX_MEASURE_SHARE, rules, problems);
        rules.maxCliff().ifPresent(limit -> {
            if (limit.signum() < 0) {
                problems.add(new RubricProblem(FairnessRule.MAX_CLIFF.path(),
                        FairnessRuleMessages.cliffLimitNegative(limit)));
            }
        });
    }

    private static void share(FairnessRule rule, FairnessRules rules, List<RubricProblem> problems) {
        rules.limit(rule).ifPresent(limit -> {
            if (limit.signum() < 0 || limit.compareTo(HUNDRED) > 0) {
                problems.add(new RubricProblem(rule.path(), FairnessRuleMessages.shareLimitOutOfRange(limit)));
            }
        });
    }

    /** The declared rules the rubric breaks, each as a problem at {@code fairness.<rule>}. */
    static List<RubricProblem> broken(Rubric rubric) {
        if (rubric.fairness().isNone()) {
            return List.of();
        }
        return RubricAnalysis.of(rubric).rules().stream().filter(r -> !r.holds())
                .map(r -> new RubricProblem(r.rule().path(), r.finding())).toList();
    }
}
