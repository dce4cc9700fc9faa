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
package org.blendscore.testkit;

// tag::rubric[]
import static org.blendscore.dsl.RubricDsl.*;

import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;

class FieldRepRubric {

    static Rubric build() {
        return rubric("field-rep").version("2026.1").effective(DateRange.year(2026))
            .section("Revenue", 50, s -> s.quota("bookings", 100, q -> q.target(500_000, "USD")
                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 120).gateBelow(0.5).capped())))
            .section("Activity", 20, s -> s.quota("meetings", 100, q -> q.count(120, "meetings")
                .curve(tiers().from(0, 0).from(0.6, 50).from(0.9, 100))))
            .section("Relationship", 30, s -> s.rating("client-trust", 100, r -> r
                .scale(scale(1, 3).level(1, "Weak", "Clients go around the rep")
                    .level(2, "Solid", "Clients bring routine needs").level(3, "Trusted", "Clients seek advice"))
                .source("client", 70, 2).source("manager", 30, 1)))
            .band("Exceeds", 90).band("Meets", 70).band("Below", 0)
            .fairness(f -> f.minQualitativeShare(30).maxMeasureShare(50).maxCliff(10))
            .build();
    }

    public static void main(String[] args) {
        System.out.println(RubricAnalysis.of(build()).report());
    }
}
// end::rubric[]
