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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.junit.jupiter.api.Test;

/**
 * Duplicate raters: every rating whose rater already rated the measure as the same source is reported,
 * once, whatever the number of ratings (the short-list check with its keys and the long-list check with
 * a set), and nothing else is; blank raters and unknown sources are reported as such instead.
 */
class DuplicateRaterTest {

    private static final Scorer SCORER = Scorer.of(ReferenceRubric.rubric());
    /** customer-trust's sources, and one it does not have. */
    private static final String[] SOURCES = {"customer", "manager", "peer"};

    @Test
    void reportsExactlyTheRepeatedRaterAndSourcePairsOfRandomLists() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int example = 0; example < 3000; example++) {
            // short lists and, one time in five, long ones past the set's threshold of 32
            int size = rnd.nextInt(5) == 0 ? 30 + rnd.nextInt(20) : rnd.nextInt(10);
            int pool = 1 + rnd.nextInt(size + 1);
            List<Rating> ratings = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String rater = rnd.nextInt(40) == 0 ? " " : "r" + rnd.nextInt(pool);
                // new strings, so that equal raters are never the same object
                ratings.add(Rating.of(new String(rater), new String(SOURCES[rnd.nextInt(SOURCES.length)]), 1 + rnd.nextInt(5)));
            }
            assertEquals(expected(ratings), reported(ratings), "ratings " + ratings);
        }
    }

    @Test
    void aLongListDoesNotConfuseAnUnknownSourcesRatingWithAKnownSourcesRater() {
        // over 32 ratings (the set-based check): "manager\0x" rated by "y" is not manager rated by "x\0y"
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ratings.add(Rating.of("c" + i, "customer", 4));
        }
        ratings.add(Rating.of("y", "manager\u0000x", 3));
        ratings.add(Rating.of("x\u0000y", "manager", 3));
        ratings.add(Rating.of(" ", "manager", 3));
        ratings.add(Rating.of("\u0000 ", "manager", 3));
        assertEquals(List.of(), reported(ratings));
        assertEquals(List.of(), expected(ratings));
    }

    /** The raters reported as duplicates, in order: a naive comparison with every earlier rating. */
    private static List<String> expected(List<Rating> ratings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            Rating r = ratings.get(i);
            if (r.raterId().isBlank() || r.source().equals("peer")) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (ratings.get(j).raterId().equals(r.raterId()) && ratings.get(j).source().equals(r.source())) {
                    out.add(r.raterId());
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> reported(List<Rating> ratings) {
        Map<String, MeasureEvidence> m = new HashMap<>(ReferenceRubric.ana().measures());
        m.put("customer-trust", new Ratings(ratings));
        Evidence e = Evidence.of("ana", ReferenceRubric.YEAR, m);
        List<EvidenceProblem> problems;
        try {
            SCORER.score(e);
            problems = List.of();
        } catch (InvalidEvidenceException x) {
            problems = x.problems();
        }
        return problems.stream().filter(p -> p.field().equals("raterId") && p.message().contains("twice"))
                .map(p -> p.raterId().orElseThrow()).toList();
    }
}
