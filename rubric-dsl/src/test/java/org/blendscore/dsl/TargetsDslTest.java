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

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.FunnelStage;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.review.Warning;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.WorkCalendar;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class TargetsDslTest {

    private static final DateRange YEAR = DateRange.year(2026);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static QuotaInput quota(Review r, String id) {
        return (QuotaInput) r.measure(id).orElseThrow().input();
    }

    @Test
    void describesFactorsRampSeasonalityAndReliefCapAndTheEvidenceThatUsesThem() {
        Rubric rubric = rubric("hunter").version("1").effective(YEAR)
                .targets(t -> t.factor("territory", 0.5, 1.5, "territory potential").ramp(15, 50, 100).reliefCap(10)
                        .workingDays(WorkCalendar.weekdays()).pacingAlertAfter(2))
                .section("Revenue", 100, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD").factors("territory")
                        .curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Meets", 70).band("Below", 0)
                .build();
        assertEquals(2, rubric.targets().pacingAlertAfter());
        Review r = Scorer.of(rubric).score(evidence("sam").period(YEAR).factor("territory", 0.8).hiredOn(day("2026-06-01"))
                .actual("new-arr", 300_000).targetRelief("new-arr", 200_000, "outage", "vp", day("2026-09-01")).build());
        QuotaInput q = quota(r, "new-arr");
        // hired 1 June (before the cut-off): June is tenure month 1 at 50%, then 100%. Of 2026's 261 weekdays,
        // June has 22 and July to December 132: 800,000 x (22 x 0.5 + 132) / 261 = 800,000 x 143/261 = 438,314.18;
        // relief capped at 10% of that, 43,831.42: 394,482.76
        assertEquals(new BigDecimal("394482.76"), q.target());
        assertEquals(java.util.List.of(Warning.Kind.RELIEF_CAPPED), r.warnings().stream().map(Warning::kind).toList());
    }

    @Test
    void takesTargetReliefOffOnePartsShareOfTheTarget() {
        Rubric rubric = rubric("q").version("1").effective(YEAR)
                .targets(t -> t.quarters(2026, 20, 25, 25, 30))
                .section("Revenue", 100, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                        .curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Meets", 70).band("Below", 0)
                .build();
        DateRange q1 = DateRange.of(day("2026-01-01"), day("2026-03-31"));
        Review r = Scorer.of(rubric).score(evidence("sam").period(YEAR).actual("new-arr", 720_000)
                .targetRelief("new-arr", q1, 250_000, "territory split", "vp", day("2026-04-02"))
                .targetRelief("new-arr", DateRange.of(day("2026-07-01"), day("2026-07-31")), new BigDecimal("10000.50"), "outage", "vp",
                        day("2026-08-02"))
                .build());
        // Q1's share is 200,000, so 250,000 is limited to it (a warning); July's share is 31/92 x 250,000 = 84,239.13, so
        // 10,000.50 comes off whole: 1,000,000 - 200,000 - 10,000.50 = 789,999.50; 720,000 / 789,999.50 = 91.14 points
        assertEquals(new BigDecimal("789999.50"), quota(r, "new-arr").target());
        assertEquals(Optional.of(new BigDecimal("91.14")), r.measure("new-arr").orElseThrow().points());
        assertEquals(java.util.List.of(Warning.Kind.RELIEF_CAPPED), r.warnings().stream().map(Warning::kind).toList());
        org.blendscore.evidence.QuotaActual given = (org.blendscore.evidence.QuotaActual) evidence("x").period(YEAR).actual("new-arr", 1)
                .targetRelief("new-arr", q1, 1, "r", "a", day("2026-04-02")).build().measures().get("new-arr");
        assertEquals(Optional.of(q1), given.reliefs().get(0).part());
    }

    @Test
    void scoresAnInterimReviewFromCheckInsGivenToTheEvidenceBuilder() {
        Rubric rubric = rubric("q").version("1").effective(YEAR)
                .targets(t -> t.quarters(2026, 25, 25, 25, 25).pacingAlertAfter(2))
                .section("Revenue", 100, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                        .curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Meets", 70).band("Below", 0)
                .build();
        Review r = Scorer.of(rubric).scoreInterim(evidence("sam").period(YEAR).actual("new-arr", 100_000)
                .checkIn("new-arr", day("2026-01-31"), 50_000).build(), day("2026-03-31"));
        // expected by 31 March: the whole of Q1, 250,000; 100,000 is 40%: 40 points, behind twice in a row
        assertEquals(Optional.of(new BigDecimal("40.00")), r.measure("new-arr").orElseThrow().points());
        assertEquals(2, quota(r, "new-arr").pacing().orElseThrow().checkInsBehind());
        assertTrue(r.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.PACING_GAP));
    }

    @Test
    void feedsActivityTargetsFromAFunnelIntoCountQuotas() {
        var plan = ActivityFunnel.of(new BigDecimal("25000"), FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"),
                FunnelStage.of("commitments", "0.80")).plan(new BigDecimal("1000000"), 50);
        Rubric rubric = rubric("activity").version("1").effective(YEAR)
                .section("Activity", 100, s -> s
                        .quota("calls", 50, q -> q.target(plan.target("calls")).curve(linear().point(0, 0).point(1, 100).capped()))
                        .quota("pitches", 50, q -> q.target(plan.target("pitches")).curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Meets", 70).band("Below", 0)
                .build();
        Review r = Scorer.of(rubric).score(evidence("sam").period(YEAR).actual("calls", 1500).actual("pitches", 200).build());
        // 1,500 of 2,000 calls = 75 points; 200 of 200 pitches = 100 points
        assertEquals(new BigDecimal("87.50"), r.overall());
    }
}
