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

import java.time.LocalDate;
import org.blendscore.rubric.DateRange;

/**
 * The second step of a rubric: it offers only the effective period, after which the rubric's body
 * (sections, bands, guards, targets, policies) can be described. Immutable.
 */
public final class RubricEffectiveStep {

    private final String id;
    private final String version;

    RubricEffectiveStep(String id, String version) {
        this.id = id;
        this.version = version;
    }

    /**
     * The dates the rubric applies to; evidence periods must lie inside.
     *
     * @param range the effective period
     * @return the rubric's body, with no sections or bands yet
     * @throws NullPointerException if {@code range} is null
     */
    public RubricStep effective(DateRange range) {
        return RubricStep.start(id, version, Args.notNull(range, "effective period of rubric '" + id + "'"));
    }

    /**
     * The dates the rubric applies to, both inclusive.
     *
     * @param start the first day
     * @param end the last day
     * @return the rubric's body, with no sections or bands yet
     * @throws NullPointerException if a day is null
     */
    public RubricStep effective(LocalDate start, LocalDate end) {
        return effective(DateRange.of(Args.notNull(start, "first effective day of rubric '" + id + "'"),
                Args.notNull(end, "last effective day of rubric '" + id + "'")));
    }
}
