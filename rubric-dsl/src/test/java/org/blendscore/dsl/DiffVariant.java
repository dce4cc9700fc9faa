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

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;

/**
 * A small rubric in three sections whose parts tests of the revision package vary one at a time:
 * Revenue (new-arr), Progression (pipeline), Relationship (customer-trust), with the rest's weight.
 */
final class DiffVariant {

    static final ScaleStep ONE_TO_FIVE = scale(1, 5)
            .level(1, "Poor", "Misses commitments").level(2, "Weak", "Keeps some commitments")
            .level(3, "Solid", "Keeps commitments").level(4, "Strong", "Anticipates needs")
            .level(5, "Exceptional", "Trusted adviser");

    String version = "1";
    double revenue = 50;
    double progression = 20;
    double arrWeight = 100;
    UnaryOperator<QuotaStep> arr = q -> q.target(1_000_000, "USD")
            .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped());
    UnaryOperator<SectionStep> revenueMore = s -> s;
    UnaryOperator<MilestoneStep> pipeline = m -> m.milestone("discovery", 40).milestone("close", 60);
    UnaryOperator<RatingStep> trust = r -> r.scale(ONE_TO_FIVE).source("customer", 60, 2).source("manager", 40, 1);
    UnaryOperator<RubricStep> bands = r -> r.band("Exceeds", 90).band("Meets", 70).band("Below", 0);
    UnaryOperator<RubricStep> more = r -> r;

    Rubric build() {
        RubricStep r = bands.apply(rubric("diffed").version(version).effective(DateRange.year(2026)))
                .section("Revenue", revenue, s -> revenueMore.apply(s.quota("new-arr", arrWeight, arr)));
        if (progression > 0) {
            r = r.section("Progression", progression, s -> s.milestones("pipeline", 100, pipeline));
        }
        // with no rating steps, customer-trust becomes a milestone measure
        r = r.section("Relationship", 100 - revenue - progression, s -> trust == null
                ? s.milestones("customer-trust", 100, m -> m.milestone("reference-call", 100))
                : s.rating("customer-trust", 100, trust));
        return more.apply(r).build();
    }

    /** The diff from the plain variant to the one the tweak makes. */
    static RubricDiff diff(Consumer<DiffVariant> tweak) {
        DiffVariant after = new DiffVariant();
        after.version = "2";
        tweak.accept(after);
        return RubricDiff.between(new DiffVariant().build(), after.build());
    }
}
