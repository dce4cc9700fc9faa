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
package org.blendscore.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;

/** The records one metric counted and left out, gathered while it is computed (never shared). */
final class Tally {

    private final List<String> counted = new ArrayList<>();
    private final List<Exclusion> excluded = new ArrayList<>();
    private final List<RecordProblem> problems;

    Tally(List<RecordProblem> problems) {
        this.problems = problems;
    }

    void count(String id) {
        counted.add(id);
    }

    void exclude(String id, String reason) {
        excluded.add(new Exclusion(id, reason));
    }

    int counted() {
        return counted.size();
    }

    MetricResult result(String metric, MetricUnit unit, Fraction value, String basis) {
        return new MetricResult(metric, unit, Optional.of(value), basis, counted, excluded, problems);
    }

    MetricResult undefined(String metric, MetricUnit unit, String reason) {
        return new MetricResult(metric, unit, Optional.empty(), reason, counted, excluded, problems);
    }
}
