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

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.BatchResult;
import org.blendscore.scoring.Scorer;
import org.blendscore.team.Aggregation;
import org.blendscore.team.CreditPart;
import org.blendscore.team.CreditedActual;
import org.blendscore.team.DealSplit;
import org.blendscore.team.PooledGoal;
import org.blendscore.team.Share;
import org.blendscore.team.SplitCredit;
import org.blendscore.team.TeamReview;
import org.blendscore.team.TeamRollup;

/**
 * The sample's team goals: a pod of three hunters shares one deal (split credit), counts the pod's
 * new ARR for each member at 30% of the Revenue section (a pooled goal), and gets a team review rolled
 * up from its members' reviews (the mean).
 */
final class SampleTeamGoals {

    /** The pod, in the order it is listed. */
    static final List<String> POD = List.of("ana", "ben", "cy");

    private SampleTeamGoals() {
    }

    /** What the section produced, for the tests. */
    record Outcome(Map<String, Review> reviews, TeamReview team) {
    }

    /**
     * The pod's rubric: own new ARR 70%, the pod's new ARR 30%, both on the hunter curve.
     *
     * @return the rubric
     */
    static Rubric podRubric() {
        return rubric("east-pod").version("2026.1").effective(SampleRubrics.YEAR)
                .band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0)
                .section("Revenue", 100, s -> s
                        .quota("new-arr", 70, q -> q.target(500_000, "USD")
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped()))
                        .quota("team-arr", 30, q -> q.target(1_500_000, "USD")
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped())))
                .build();
    }

    /** Prints the section and returns what it computed. */
    static Outcome run(PrintStream out) {
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        own.put("ana", new BigDecimal("380000"));
        own.put("ben", new BigDecimal("420000"));
        own.put("cy", new BigDecimal("300000"));
        DealSplit deal = DealSplit.of("d-2041", "250000", Share.of("ana", "50"), Share.of("ben", "30"), Share.of("cy", "20"));
        Map<String, CreditedActual> credited = SplitCredit.credit(own, List.of(deal));

        List<Evidence> evidence = new ArrayList<>();
        credited.values().forEach(c -> evidence.add(Evidence.of(c.repId(), SampleRubrics.YEAR, Map.of("new-arr", c.quotaActual()))));
        PooledGoal goal = new PooledGoal("east-pod", "new-arr", "team-arr", POD);
        BigDecimal teamActual = goal.teamActual(evidence);
        BatchResult batch = Scorer.of(podRubric()).scoreAll(goal.apply(evidence));
        Map<String, Review> reviews = new LinkedHashMap<>();
        // each review shows the rep's split parts already: quotaActual() carries them as the actual's basis
        batch.reviews().forEach(r -> reviews.put(r.subjectId(), r));
        TeamReview team = new TeamRollup("east-pod", POD, Aggregation.mean()).roll(batch);

        out.println();
        out.println("Team goals: the east pod (own new ARR 70%, the pod's new ARR 30%, one split deal):");
        out.println();
        StringBuilder split = new StringBuilder("  split ").append(deal.dealId()).append(' ').append(deal.amount().toPlainString()).append(':');
        for (CreditPart p : SplitCredit.apportion(deal)) {
            split.append(' ').append(p.repId()).append(' ').append(p.percent().toPlainString()).append("% = ").append(p.part().toPlainString());
        }
        out.println(split);
        out.println("  pod new ARR " + teamActual.toPlainString() + " against a pod target of 1500000 USD");
        out.print(team.explain().indent(2));
        out.println();
        out.println("Full review of ana, with her part of the split deal:");
        out.println();
        out.print(reviews.get("ana").explain());
        return new Outcome(reviews, team);
    }
}
