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

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.blendscore.scoring.ReferenceRubric;

/**
 * Rubrics for the analysis tests: {@code enterprise-ae} of reference-scenarios.md (the scoring
 * tests' {@link ReferenceRubric}), and {@code field-rep}, designed to have cliffs, an unreachable
 * band and dead guards.
 */
final class AnalysisRubrics {

    static final DateRange YEAR = DateRange.year(2026);

    private AnalysisRubrics() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static RatingScale oneToFive() {
        return ReferenceRubric.oneToFive();
    }

    static LinearCurve arrCurve() {
        return ReferenceRubric.arrCurve();
    }

    static Tier tier(String from, String to, String points) {
        return new Tier(d(from), to == null ? Optional.empty() : Optional.of(d(to)), d(points));
    }

    static TierCurve tiers(TierEdge edge, Tier... tiers) {
        return new TierCurve(List.of(tiers), edge);
    }

    /** The enterprise-ae rubric of reference-scenarios.md, the one the scoring tests use. */
    static Rubric enterpriseAe() {
        return ReferenceRubric.rubric();
    }

    /**
     * field-rep: Bookings 40% (bookings: curve (0.5, 0), (1.0, 100), gate 0.8, capped), Activity 20%
     * (meetings: tiers [0, 0.6) 0, [0.6, 0.9) 50, [0.9, ∞) 100), Relationship 40% (client-rating 50%;
     * referrals 50%: each referral up to 3 of 90 points, onboarding ladder kickoff 5, live 10). Bands
     * Legend 120, Exceeds 90, Meets 70, Below 0. Guards: Relationship below 0 at most Meets (never
     * holds); bookings below 50 at most Exceeds (never lowers: Legend is out of reach); Relationship
     * below 50 at most Meets (live).
     */
    static Rubric fieldRep(MissingEvidencePolicy policy) {
        return fieldRep(policy, bookingsCurve(), List.of(
                new BandGuard(ScoreCondition.sectionBelow("Relationship", d("0")), "Meets"),
                new BandGuard(new ScoreCondition(ScoreCondition.Scope.MEASURE, "bookings", Comparison.BELOW, d("50")), "Exceeds"),
                new BandGuard(ScoreCondition.sectionBelow("Relationship", d("50")), "Meets")));
    }

    static LinearCurve bookingsCurve() {
        return new LinearCurve(List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("1.0", "100")), Optional.of(d("0.8")), true);
    }

    static TierCurve meetingsCurve() {
        return tiers(TierEdge.HIGHER, tier("0", "0.6", "0"), tier("0.6", "0.9", "50"), tier("0.9", null, "100"));
    }

    static Rubric fieldRep(MissingEvidencePolicy policy, Curve bookings, List<BandGuard> guards) {
        return fieldRep(policy, bookings, guards, FairnessRules.defaults());
    }

    static Rubric fieldRep(MissingEvidencePolicy policy, Curve bookings, List<BandGuard> guards, FairnessRules fairness) {
        Measure bookingsMeasure = new QuotaMeasure("bookings", d("100"), Target.amount("500000", "USD"), Direction.HIGHER_IS_BETTER,
                bookings);
        Measure meetings = new QuotaMeasure("meetings", d("100"), Target.count(120, "meetings"), Direction.HIGHER_IS_BETTER,
                meetingsCurve());
        Measure rating = new RatingMeasure("client-rating", d("50"), oneToFive(),
                List.of(new RatingSource("client", d("100"), 2)), Aggregation.MEAN);
        Measure referrals = new MilestoneMeasure("referrals", d("50"), List.of(
                new CountedMilestone("referral", 3, d("90")),
                new StageLadder("onboarding", List.of(new Stage("kickoff", d("5")), new Stage("live", d("10"))))), false);
        return new Rubric("field-rep", "2026.1", YEAR,
                List.of(new Section("Bookings", d("40"), List.of(bookingsMeasure)),
                        new Section("Activity", d("20"), List.of(meetings)),
                        new Section("Relationship", d("40"), List.of(rating, referrals))),
                List.of(new Band("Legend", d("120")), new Band("Exceeds", d("90")), new Band("Meets", d("70")),
                        new Band("Below", d("0"))),
                guards, policy, 2, TargetRules.none(), fairness);
    }
}
