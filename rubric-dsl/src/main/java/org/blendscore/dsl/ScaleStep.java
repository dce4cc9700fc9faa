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
import java.util.Optional;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.ScaleLevel;

/**
 * A behaviour-anchored rating scale being described: its range and step, and a label and anchor for
 * every level. Immutable: every option returns a new step, so one scale can be shared by many measures
 * and rubrics. Values and points may be given as {@code BigDecimal}, taken exactly, or as
 * {@code double}, read as its shortest decimal string (see {@link RubricDsl}).
 */
public final class ScaleStep {

    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;
    private final Chain<ScaleLevel> levels;

    ScaleStep(BigDecimal min, BigDecimal max, BigDecimal step, Chain<ScaleLevel> levels) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.levels = levels;
    }

    /**
     * Describes a level: its label and the observable behaviour that earns it. Points follow the
     * linear map of the scale onto 0..100.
     *
     * @param value the level's value, read as its shortest decimal
     * @param label a short label
     * @param anchor the behavioural anchor
     * @return a new step
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public ScaleStep level(double value, String label, String anchor) {
        return level(Decimals.of(value, "level value"), label, anchor);
    }

    /**
     * Describes a level with an exact value; points follow the linear map of the scale onto 0..100.
     *
     * @param value the level's value
     * @param label a short label
     * @param anchor the behavioural anchor
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public ScaleStep level(BigDecimal value, String label, String anchor) {
        return add(value, label, anchor, Optional.empty());
    }

    /**
     * Describes a level with its own points, overriding the linear map.
     *
     * @param value the level's value, read as its shortest decimal
     * @param label a short label
     * @param anchor the behavioural anchor
     * @param points the level's points, read as its shortest decimal
     * @return a new step
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public ScaleStep level(double value, String label, String anchor, double points) {
        return level(Decimals.of(value, "level value"), label, anchor, Decimals.of(points, "points of level " + label));
    }

    /**
     * Describes a level with an exact value and its own exact points, overriding the linear map.
     *
     * @param value the level's value
     * @param label a short label
     * @param anchor the behavioural anchor
     * @param points the level's points
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public ScaleStep level(BigDecimal value, String label, String anchor, BigDecimal points) {
        return add(value, label, anchor, Optional.of(Decimals.of(points, "points of level " + label)));
    }

    private ScaleStep add(BigDecimal value, String label, String anchor, Optional<BigDecimal> points) {
        Chain<ScaleLevel> next = this.levels.append(new ScaleLevel(Decimals.of(value, "level value"), Args.notNull(label, "level label"),
                Args.notNull(anchor, "anchor of level " + label), points));
        return new ScaleStep(min, max, step, next);
    }

    /**
     * The scale as core's model; checked when the rubric is built.
     *
     * @return the rating scale
     */
    public RatingScale toScale() {
        return new RatingScale(min, max, step, levels.toList());
    }
}
