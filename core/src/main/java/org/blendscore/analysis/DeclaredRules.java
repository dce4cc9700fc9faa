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
package org.blendscore.analysis;

import java.util.List;
import java.util.Objects;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;

/**
 * Holds a rubric to the {@link FairnessRules} it declares about itself, measured exactly by
 * {@link RubricAnalysis}. A {@link Rubric} checks only its own structure (including that the
 * declared limits make sense) when it is constructed; its declared rules are checked here, which
 * the rubric DSL's {@code build()} and {@code Scorer.of} call, so the model never depends on the
 * analysis.
 */
public final class DeclaredRules {

    private DeclaredRules() {
    }

    /**
     * Checks that a rubric keeps every fairness rule it declares.
     *
     * @param rubric a (structurally valid) rubric
     * @return the same rubric, so that a call can wrap a construction
     * @throws InvalidRubricException listing every broken rule at {@code fairness.<rule>}, with the
     *     measured value and the limit, in the order of {@link FairnessRules#declared()}
     */
    public static Rubric check(Rubric rubric) {
        List<RubricProblem> broken = broken(rubric);
        if (!broken.isEmpty()) {
            throw new InvalidRubricException(rubric.id(), broken);
        }
        return rubric;
    }

    /**
     * The declared rules a rubric breaks, each as a problem at {@code fairness.<rule>}; empty when
     * the rubric keeps them all (at once when it declares none, without analysing it).
     *
     * @param rubric a (structurally valid) rubric
     * @return the problems, in the order of {@link FairnessRules#declared()}
     */
    public static List<RubricProblem> broken(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        if (rubric.fairness().isNone()) {
            return List.of();
        }
        return RubricAnalysis.of(rubric).rules().stream().filter(r -> !r.holds())
                .map(r -> new RubricProblem(r.rule().path(), r.finding())).toList();
    }
}
