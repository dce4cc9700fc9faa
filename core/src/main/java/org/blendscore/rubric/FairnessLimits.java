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

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks that the limits of a rubric's {@link FairnessRules} make sense (sizes, shares from 0 to
 * 100, no negative cliff or withholding gain), with the rest of the rubric's structure. Whether the rubric keeps the
 * rules is measured by the analysis ({@code org.blendscore.analysis.DeclaredRules}), which the model
 * does not depend on.
 */
final class FairnessLimits {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FairnessLimits() {
    }

    static void check(FairnessRules rules, List<RubricProblem> problems) {
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
        rules.maxWithholdingGain().ifPresent(limit -> {
            if (limit.signum() < 0) {
                problems.add(new RubricProblem(FairnessRule.MAX_WITHHOLDING_GAIN.path(),
                        FairnessRuleMessages.withholdingLimitNegative(limit)));
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
}
