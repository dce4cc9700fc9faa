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
package org.blendscore.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;

/** The {@code enterprise-ae} rubric of reference-scenarios.md, built from core's records, and its evidence. */
public final class ReferenceRubric {

    static final DateRange YEAR = DateRange.year(2026);

    private ReferenceRubric() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    public static RatingScale oneToFive() {
        String[] labels = {"Poor", "Weak", "Solid", "Strong", "Exceptional"};
        List<ScaleLevel> levels = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(i), labels[i - 1], "anchor for level " + i, Optional.empty()));
        }
        return new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels);
    }

    public static LinearCurve arrCurve() {
        return new LinearCurve(List.of(Breakpoint.of("0.50", "0"), Breakpoint.of("1.00", "100"), Breakpoint.of("1.50", "130")),
                Optional.of(d("0.50")), true);
    }

    public static Rubric rubric() {
        return rubric(MissingEvidencePolicy.LEAVE_OUT);
    }

    static Rubric rubric(MissingEvidencePolicy policy) {
        Measure newArr = new QuotaMeasure("new-arr", d("100"), Target.amount("1000000", "USD"), Direction.HIGHER_IS_BETTER, arrCurve());
        Measure milestones = new MilestoneMeasure("milestones", d("100"), List.of(
                new Milestone("discovery-complete", d("20")), new Milestone("executive-alignment", d("30")),
                new Milestone("referral-secured", d("20")), new Milestone("customer-success-milestone", d("30"))), false);
        Measure trust = new RatingMeasure("customer-trust", d("60"), oneToFive(),
                List.of(new RatingSource("customer", d("60"), 2), new RatingSource("manager", d("40"), 1)), Aggregation.MEAN);
        Measure knowledge = new RatingMeasure("account-knowledge", d("40"), oneToFive(),
                List.of(new RatingSource("manager", d("100"), 1)), Aggregation.MEAN);
        return new Rubric("enterprise-ae", "2026.1", YEAR,
                List.of(new Section("Revenue", d("50"), List.of(newArr)),
                        new Section("Progression", d("20"), List.of(milestones)),
                        new Section("Relationship", d("30"), List.of(trust, knowledge))),
                List.of(new Band("Exceeds", d("90")), new Band("Meets", d("70")), new Band("Developing", d("50")),
                        new Band("Below", d("0"))),
                List.of(new BandGuard(ScoreCondition.sectionBelow("Relationship", d("50")), "Meets")),
                policy, 2);
    }

    /** Evidence for the reference rubric; ratings given as "source:rater=value" or "source:rater=N/A". */
    static Evidence evidence(String subject, String newArr, List<String> milestones, List<String> trust, List<String> knowledge) {
        Map<String, MeasureEvidence> m = new HashMap<>();
        if (newArr != null) {
            m.put("new-arr", QuotaActual.of(newArr));
        }
        if (milestones != null) {
            m.put("milestones", MilestonesReached.of(milestones.toArray(String[]::new)));
        }
        if (trust != null) {
            m.put("customer-trust", ratings(trust));
        }
        if (knowledge != null) {
            m.put("account-knowledge", ratings(knowledge));
        }
        return Evidence.of(subject, YEAR, m);
    }

    static Ratings ratings(List<String> specs) {
        List<Rating> list = new ArrayList<>();
        for (String s : specs) {
            String source = s.substring(0, s.indexOf(':'));
            String rater = s.substring(s.indexOf(':') + 1, s.indexOf('='));
            String value = s.substring(s.indexOf('=') + 1);
            list.add(value.equals("N/A") ? Rating.notApplicable(rater, source) : Rating.of(rater, source, d(value)));
        }
        return new Ratings(list);
    }

    static Evidence ana() {
        return evidence("ana", "1200000", List.of("executive-alignment", "referral-secured", "customer-success-milestone"),
                List.of("customer:c1=4", "customer:c2=5", "customer:c3=4", "manager:m1=4"), List.of("manager:m1=3"));
    }

    static Evidence ben() {
        return evidence("ben", "1600000",
                List.of("discovery-complete", "executive-alignment", "referral-secured", "customer-success-milestone"),
                List.of("customer:c1=2", "customer:c2=1", "manager:m1=2"), List.of("manager:m1=2"));
    }

    static Evidence cara() {
        return evidence("cara", "450000", List.of("discovery-complete"),
                List.of("customer:c1=5", "manager:m1=4"), List.of("manager:m1=5"));
    }

    static Evidence eve() {
        return evidence("eve", "1000000", List.of("discovery-complete", "executive-alignment"),
                List.of("customer:c1=3", "customer:c2=3", "manager:m1=3"), List.of("manager:m1=N/A"));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
