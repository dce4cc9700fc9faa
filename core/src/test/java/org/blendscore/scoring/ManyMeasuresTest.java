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

import static org.blendscore.scoring.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.junit.jupiter.api.Test;

/**
 * Rubrics with many measures, whose renormalised weights the scorer caches differently (by array up
 * to 12 measures, by map up to 63, not at all beyond), give the exact numbers whichever measures the
 * evidence leaves out.
 */
class ManyMeasuresTest {

    /** Uneven weights adding up to 100: {@code 1 + (i x 7 + salt) mod 9} and what is left for the last. */
    private static List<String> weights(int count, int salt) {
        List<String> weights = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < count - 1; i++) {
            int w = 1 + (i * 7 + salt) % 9;
            weights.add(String.valueOf(w));
            sum += w;
        }
        weights.add(String.valueOf(100 - sum));
        return weights;
    }

    /** {@code sections} sections of {@code perSection} quota measures, with uneven weights. */
    private static Rubric rubric(int sections, int perSection) {
        List<Section> list = new ArrayList<>();
        List<String> sectionWeights = weights(sections, 3);
        for (int s = 0; s < sections; s++) {
            List<Measure> measures = new ArrayList<>();
            List<String> measureWeights = weights(perSection, s);
            for (int m = 0; m < perSection; m++) {
                measures.add(Fixtures.quota("m" + s + "-" + m, measureWeights.get(m),
                        Fixtures.linear(Optional.empty(), true, "0:0", "1:100", "1.5:120")));
            }
            list.add(new Section("S" + s, d(sectionWeights.get(s)), measures));
        }
        return new Rubric("many", "1", Fixtures.YEAR, list, Fixtures.BANDS, List.of(), MissingEvidencePolicy.LEAVE_OUT,
                Rubric.DEFAULT_SCALE);
    }

    private static void scoresExactly(Rubric rubric, long seed) {
        Scorer scorer = Scorer.of(rubric);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            Map<String, MeasureEvidence> given = new LinkedHashMap<>();
            for (Measure m : rubric.measures()) {
                if (rnd.nextInt(4) > 0 || given.isEmpty()) {
                    given.put(m.id(), new QuotaActual(BigDecimal.valueOf(rnd.nextLong(0, 20_000), 2)));
                }
            }
            Evidence e = Evidence.of("rep-" + i, Fixtures.YEAR, given);
            Review r = scorer.score(e);
            ExactReference.Expected x = ExactReference.of(rubric, e);
            assertEquals(x.overall(), r.overall(), "overall");
            BigInteger units = BigInteger.ZERO;
            for (MeasureResult m : r.measures()) {
                assertEquals(x.points().get(m.id()), m.points(), () -> "points of " + m.id());
                units = units.add(m.contribution().unscaledValue());
            }
            for (SectionResult s : r.sections()) {
                assertEquals(x.sectionScores().get(s.name()), s.score(), () -> "score of section " + s.name());
            }
            assertEquals(r.overall().unscaledValue(), units, "the contributions add up to the overall");
            // the same pattern of evidence a second time comes from the cache and gives the same review
            assertEquals(r, scorer.score(e));
        }
    }

    @Test
    void twentyMeasuresScoreExactly() {
        scoresExactly(rubric(4, 5), 1);
    }

    @Test
    void seventyMeasuresScoreExactly() {
        scoresExactly(rubric(7, 10), 2);
    }
}
