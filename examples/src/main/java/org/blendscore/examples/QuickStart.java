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
package org.blendscore.examples;

// tag::quickstart[]
import static org.blendscore.dsl.RubricDsl.*;

import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

public class QuickStart {
    public static void main(String[] args) {
        Rubric rubric = rubric("starter").version("1.0").effective(DateRange.year(2026))
            .section("Revenue", 60, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped())))
            .section("Relationship", 40, s -> s.rating("customer-trust", 100, r -> r
                .scale(scale(1, 3).level(1, "Weak", "Customers go around the rep")
                    .level(2, "Solid", "Customers bring routine needs").level(3, "Trusted", "Customers seek advice"))
                .source("customer", 60, 2).source("manager", 40, 1)))
            .band("Exceeds", 90).band("Meets", 70).band("Below", 0)
            .build();

        Evidence ana = evidence("ana").period(DateRange.year(2026)).actual("new-arr", 1_200_000)
            .rating("customer-trust", "customer", "c1", 3).rating("customer-trust", "customer", "c2", 2)
            .rating("customer-trust", "manager", "m1", 3).build();

        Review review = Scorer.of(rubric).score(ana);
        System.out.println(review.explain());
    }
}
// end::quickstart[]
