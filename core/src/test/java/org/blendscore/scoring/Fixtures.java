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
package org.blendscore.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;

/**
 * Small builders for the example tests' rubrics and evidence, straight from core's records, so that
 * each test shows only what it is about.
 */
final class Fixtures {

    static final DateRange YEAR = DateRange.year(2026);

    /** The bands of most example rubrics: Exceeds 90, Meets 70, Developing 50, Below 0. */
    static final List<Band> BANDS = List.of(new Band("Exceeds", d("90")), new Band("Meets", d("70")),
            new Band("Developing", d("50")), new Band("Below", d("0")));

    private Fixtures() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A linear curve through points given as "attainment:points". */
    static LinearCurve linear(Optional<String> gate, boolean capped, String... points) {
        List<Breakpoint> bps = Arrays.stream(points).map(p -> Breakpoint.of(p.split(":")[0], p.split(":")[1])).toList();
        return new LinearCurve(bps, gate.map(Fixtures::d), capped);
    }

    /** The straight line (0, 0) to (1, 100), capped: an actual against a target of 100 scores itself, up to 100. */
    static LinearCurve straight() {
        return linear(Optional.empty(), true, "0:0", "1:100");
    }

    static QuotaMeasure quota(String id, String weight, Target target, Direction direction, Curve curve) {
        return new QuotaMeasure(id, d(weight), target, direction, curve);
    }

    /** A higher-is-better amount measure with a target of 100 USD, so that actual / 100 is the attainment. */
    static QuotaMeasure quota(String id, String weight, Curve curve) {
        return quota(id, weight, Target.amount("100", "USD"), Direction.HIGHER_IS_BETTER, curve);
    }

    /** A scale from min to max in steps of 1, points by the default linear map. */
    static RatingScale scale(int min, int max) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = min; v <= max; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "behaviour at level " + v, Optional.empty()));
        }
        return new RatingScale(BigDecimal.valueOf(min), BigDecimal.valueOf(max), BigDecimal.ONE, levels);
    }

    /** A scale from 1 in steps of 1, one level per given points override (null keeps the default points). */
    static RatingScale scaleWithPoints(String... points) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            int v = i + 1;
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "behaviour at level " + v,
                    Optional.ofNullable(points[i]).map(Fixtures::d)));
        }
        return new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(points.length), BigDecimal.ONE, levels);
    }

    static RatingSource source(String name, String weight, int minRatings) {
        return new RatingSource(name, d(weight), minRatings);
    }

    static RatingMeasure rating(String id, String weight, RatingScale scale, Aggregation aggregation, RatingSource... sources) {
        return new RatingMeasure(id, d(weight), scale, List.of(sources), aggregation);
    }

    static Section section(String name, String weight, Measure... measures) {
        return new Section(name, d(weight), List.of(measures));
    }

    static Rubric rubric(MissingEvidencePolicy policy, List<BandGuard> guards, Section... sections) {
        return new Rubric("test-rubric", "1", YEAR, List.of(sections), BANDS, guards, policy, Rubric.DEFAULT_SCALE);
    }

    /** A rubric of one section holding just this measure (weight 100), leaving out missing evidence. */
    static Rubric single(Measure measure) {
        return rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(), new Section("Only", d("100"), List.of(measure)));
    }

    /** Evidence from alternating measure ids and evidence records. */
    static Evidence evidence(String subject, Object... idsAndEvidence) {
        Map<String, MeasureEvidence> m = new LinkedHashMap<>();
        for (int i = 0; i < idsAndEvidence.length; i += 2) {
            m.put((String) idsAndEvidence[i], (MeasureEvidence) idsAndEvidence[i + 1]);
        }
        return Evidence.of(subject, YEAR, m);
    }

    static QuotaActual actual(String value) {
        return QuotaActual.of(value);
    }
}
