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
package org.blendscore.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Rubric;

/**
 * The order-blind probe: reordering the ratings of a measure (reversed, rotated by one, or shuffled)
 * changes nothing a review shows. Deterministic in its evidence and its random source.
 */
final class OrderProbe {

    private final Rubric rubric;
    private final Function<Evidence, Review> scoring;

    OrderProbe(Rubric rubric, Function<Evidence, Review> scoring) {
        this.rubric = rubric;
        this.scoring = scoring;
    }

    private Review score(Evidence e, String what) {
        return Probes.Scored.score(scoring, e, what);
    }

    /** How the order-blind probe reorders a list: reversed, rotated by one, or shuffled. */
    private enum Reorder {
        REVERSED, ROTATED, SHUFFLED
    }

    Optional<Violation> probe(Evidence e, SplittableRandom random) {
        Review base = score(e, "scoring the evidence");
        // reversing and rotating stay telling as shrinking drops ratings; a shuffle finds what they miss
        for (Reorder how : Reorder.values()) {
            Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
            List<String> what = new ArrayList<>();
            // in the rubric's order, so that the same seed reorders the same way in every run (evidence maps have no order)
            for (String id : rubric.measures().stream().map(Measure::id).filter(e.measures()::containsKey).toList()) {
                MeasureEvidence m = e.measures().get(id);
                if (m instanceof Ratings r && r.ratings().size() > 1) {
                    List<Rating> reordered = reorder(r.ratings(), how, random);
                    measures.put(id, new Ratings(reordered));
                    what.add(id + " (" + raters(r.ratings()) + " -> " + raters(reordered) + ")");
                } else if (m instanceof MilestonesReached r) {
                    List<String> reached = new ArrayList<>(new java.util.TreeSet<>(r.reached()));
                    Map<String, Integer> counts = new LinkedHashMap<>(new java.util.TreeMap<>(r.counts()));
                    measures.put(id, new MilestonesReached(new LinkedHashSet<>(reorder(reached, how, random)), Edits.reversed(counts)));
                } else if (m instanceof QuotaActual q && q.reliefs().size() > 1) {
                    measures.put(id, new QuotaActual(q.actual(), reorder(q.reliefs(), how, random), reorder(q.checkIns(), how, random)));
                } else {
                    measures.put(id, m);
                }
            }
            Participation p = e.participation();
            Evidence variant = new Evidence(e.subjectId(), e.period(), measures, Edits.reversed(e.attributes()),
                    new Participation(p.start(), p.end(), reorder(p.leaves(), how, random), p.hired()), Edits.reversed(e.factors()));
            String text = what.isEmpty() ? "reordering the measures and milestones" : "reordering the ratings of " + String.join(" and ", what);
            Optional<Violation> v = Probes.same(e, variant, text, base, score(variant, text));
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static String raters(List<Rating> ratings) {
        return ratings.stream().map(x -> x.source() + "/" + x.raterId()).collect(Collectors.joining(", "));
    }

    private static <T> List<T> reorder(List<T> items, Reorder how, SplittableRandom random) {
        if (items.size() < 2) {
            return items;
        }
        List<T> out = new ArrayList<>(items);
        switch (how) {
            case REVERSED -> java.util.Collections.reverse(out);
            case ROTATED -> out.add(out.remove(0));
            case SHUFFLED -> out = shuffled(items, random);
        }
        return out;
    }

    /** The items in another order: shuffled, and rotated by one if the shuffle kept the order. */
    private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        if (out.equals(items)) {
            out.add(out.remove(0));
        }
        return out;
    }
}
