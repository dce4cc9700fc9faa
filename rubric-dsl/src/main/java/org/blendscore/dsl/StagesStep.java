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
package org.blendscore.dsl;

import java.math.BigDecimal;
import java.util.List;
import org.blendscore.rubric.Stage;

/**
 * The ordered stages of a stage ladder being described. Immutable: every option returns a new step.
 * Points may be given as {@code BigDecimal}, taken exactly, or as {@code double}, read as its shortest
 * decimal string (see {@link RubricDsl}).
 */
public final class StagesStep {

    private final Chain<Stage> stages;

    StagesStep(Chain<Stage> stages) {
        this.stages = stages;
    }

    /**
     * Adds the next stage.
     *
     * @param id the stage id, such as {@code proposal}
     * @param points the points credited when this is the furthest stage reached, read as its shortest decimal
     * @return a new step
     * @throws IllegalArgumentException if {@code points} is NaN or infinite
     */
    public StagesStep stage(String id, double points) {
        return stage(id, Decimals.of(points, pointsOf(id)));
    }

    /**
     * Adds the next stage, with exact points.
     *
     * @param id the stage id, such as {@code proposal}
     * @param points the points credited when this is the furthest stage reached
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public StagesStep stage(String id, BigDecimal points) {
        Chain<Stage> next = this.stages.append(new Stage(Args.notNull(id, "stage id"), Decimals.of(points, pointsOf(id))));
        return new StagesStep(next);
    }

    private static String pointsOf(String stageId) {
        return "points of stage " + stageId;
    }

    List<Stage> stages() {
        return stages.toList();
    }
}
