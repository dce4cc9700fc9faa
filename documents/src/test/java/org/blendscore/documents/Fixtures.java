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
package org.blendscore.documents;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;

import java.util.ArrayList;
import java.util.List;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

/** A small rubric and team whose labels, names and comments are hostile HTML. */
final class Fixtures {

    static final String HOSTILE = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private Fixtures() {
    }

    static Rubric starter() {
        return rubric("starter").version("1.0").effective(DateRange.year(2026))
                .targets(t -> t.factor("territory", 0.7, 1.3, HOSTILE))
                .section("Revenue", 60, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                        .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped())))
                .section("Relationship", 40, s -> s.rating("customer-trust", 100, r -> r
                        .scale(scale(1, 3).level(1, HOSTILE, "Customers go around the rep " + HOSTILE)
                                .level(2, "Solid", "Customers bring routine needs").level(3, "Trusted", "Customers seek advice"))
                        .source("customer", 60, 2).source("manager", 40, 1)))
                .band("Exceeds", 90).band("Meets", 70).band("Below", 0)
                .guard(sectionScore("Relationship").below(50), "Meets")
                .build();
    }

    static List<TeamMember> team() {
        Scorer scorer = Scorer.of(starter());
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(new TeamMember(i == 0 ? HOSTILE : "Rep " + i, scorer.score(evidence("rep-" + i).period(DateRange.year(2026))
                    .actual("new-arr", 600_000 + 150_000 * i)
                    .rating("customer-trust", "customer", "c1", 1 + i % 3).rating("customer-trust", "customer", "c2", 2)
                    .rating("customer-trust", "manager", "m1", 1 + (i + 1) % 3, HOSTILE).build())));
        }
        members.add(new TeamMember("No ratings", scorer.score(evidence("rep-x").period(DateRange.year(2026)).actual("new-arr", 900_000).build())));
        return members;
    }
}
