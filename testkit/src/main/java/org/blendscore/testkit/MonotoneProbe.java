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

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.StageLadder;

/**
 * The monotone probe: doing better on one measure (a higher actual, a better rating, one more
 * milestone) never lowers the overall or the band. Deterministic in its evidence and its random source.
 */
final class MonotoneProbe {

    private final Rubric rubric;
    private final Function<Evidence, Review> scoring;

    MonotoneProbe(Rubric rubric, Function<Evidence, Review> scoring) {
        this.rubric = rubric;
        this.scoring = scoring;
    }

    private Review score(Evidence e, String what) {
        return Probes.Scored.score(scoring, e, what);
    }

    /** One way of doing better, with the evidence it gives. */
    record Better(String what, Evidence evidence) {
    }

    Optional<Violation> probe(Evidence e, SplittableRandom random) {
        List<Supplier<Optional<Better>>> ways = new ArrayList<>();
        for (Measure m : rubric.measures()) {
            MeasureEvidence me = e.measures().get(m.id());
            if (me instanceof QuotaActual qa && m instanceof QuotaMeasure q) {
                ways.add(() -> betterActual(e, q, qa, random));
            } else if (me instanceof Ratings r && m instanceof RatingMeasure rm) {
                ways.add(() -> betterRating(e, rm, r, random));
            } else if (me instanceof MilestonesReached r && m instanceof MilestoneMeasure mm) {
                ways.add(() -> moreMilestones(e, mm, r, random));
            }
        }
        // try the ways in a random order until one applies
        for (int i = ways.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Supplier<Optional<Better>> t = ways.get(i);
            ways.set(i, ways.get(j));
            ways.set(j, t);
        }
        for (Supplier<Optional<Better>> way : ways) {
            Optional<Better> better = way.get();
            if (better.isEmpty()) {
                continue;
            }
            Review before = score(e, "scoring the evidence");
            Review after = score(better.get().evidence(), better.get().what());
            if (after.overall().compareTo(before.overall()) < 0) {
                return Optional.of(Violation.of(better.get().what() + " lowered the overall from " + before.overall().toPlainString()
                        + " to " + after.overall().toPlainString(), e, better.get().evidence()));
            }
            // an incomplete review without a band has no rank to compare
            int rankBefore = before.band().map(this::bandRank).orElse(-1);
            int rankAfter = after.band().map(this::bandRank).orElse(-1);
            if (rankBefore >= 0 && rankAfter >= 0 && rankAfter > rankBefore) {
                return Optional.of(Violation.of(better.get().what() + " lowered the band from " + before.band().get() + " to "
                        + after.band().get(),
                        e, better.get().evidence()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A band's place, 0 for the highest; -1 for a label the rubric does not have. */
    private int bandRank(String label) {
        List<Band> bands = rubric.bands();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Better> betterActual(Evidence e, QuotaMeasure q, QuotaActual qa, SplittableRandom random) {
        BigDecimal a = qa.actual();
        BigDecimal t = EvidenceGenerator.wholeTarget(q, e.factors());
        boolean count = q.target().kind() == QuantityKind.COUNT;
        List<BigDecimal> candidates = new ArrayList<>();
        List<BigDecimal> edges = EvidenceGenerator.edges(q.curve());
        if (q.direction() == Direction.HIGHER_IS_BETTER) {
            for (BigDecimal edge : edges) {
                BigDecimal at = t.multiply(edge);
                if (count) {
                    at = at.setScale(0, RoundingMode.CEILING);
                }
                if (at.compareTo(a) > 0) {
                    candidates.add(at);
                }
            }
            BigDecimal step = t.multiply(BigDecimal.valueOf(EvidenceGenerator.between(random, 1, 50), 2));
            candidates.add(count ? a.add(step.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE)) : a.add(step));
            candidates.add(count ? a.add(BigDecimal.ONE) : a.add(t.movePointLeft(7)));
        } else {
            if (a.signum() == 0) {
                return Optional.empty();
            }
            for (BigDecimal edge : edges) {
                if (edge.signum() > 0) {
                    BigDecimal at = t.divide(edge, MathContext.DECIMAL64);
                    at = count ? at.setScale(0, RoundingMode.FLOOR) : at;
                    if (at.compareTo(a) < 0) {
                        candidates.add(at);
                    }
                }
            }
            BigDecimal lower = a.multiply(BigDecimal.valueOf(EvidenceGenerator.between(random, 0, 99), 2));
            candidates.add(count ? lower.setScale(0, RoundingMode.FLOOR).min(a.subtract(BigDecimal.ONE)) : lower);
            candidates.add(BigDecimal.ZERO);
        }
        BigDecimal next = Decimals.normal(EvidenceGenerator.pick(random, candidates).max(BigDecimal.ZERO));
        String way = q.direction() == Direction.HIGHER_IS_BETTER ? "raising " : "lowering (lower is better) ";
        return Optional.of(new Better(way + "the actual of " + q.id() + " from " + Decimals.grouped(a) + " to " + Decimals.grouped(next),
                Edits.withActual(e, q.id(), next)));
    }

    private Optional<Better> betterRating(Evidence e, RatingMeasure m, Ratings r, SplittableRandom random) {
        List<Integer> raisable = new ArrayList<>();
        BigDecimal top = m.scale().max();
        for (int i = 0; i < r.ratings().size(); i++) {
            Optional<BigDecimal> v = r.ratings().get(i).value();
            if (v.isPresent() && v.get().compareTo(top) < 0) {
                raisable.add(i);
            }
        }
        if (raisable.isEmpty()) {
            return Optional.empty();
        }
        int index = EvidenceGenerator.pick(random, raisable);
        Rating old = r.ratings().get(index);
        List<BigDecimal> higher = m.scale().levels().stream().map(ScaleLevel::value)
                .filter(v -> v.compareTo(old.value().orElseThrow()) > 0).toList();
        BigDecimal value = EvidenceGenerator.pick(random, higher);
        List<Rating> next = new ArrayList<>(r.ratings());
        next.set(index, new Rating(old.raterId(), old.source(), Optional.of(value), old.comment()));
        return Optional.of(new Better("raising the rating of " + m.id() + " by " + old.source() + "/" + old.raterId() + " from "
                + Decimals.plain(old.value().orElseThrow()) + " to " + Decimals.plain(value), Edits.withMeasure(e, m.id(), new Ratings(next))));
    }

    private Optional<Better> moreMilestones(Evidence e, MilestoneMeasure m, MilestonesReached r, SplittableRandom random) {
        List<Better> ways = new ArrayList<>();
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof Milestone ms && !r.reached().contains(ms.id())) {
                Set<String> reached = new LinkedHashSet<>(r.reached());
                reached.add(ms.id());
                ways.add(new Better("reaching milestone " + ms.id() + " of " + m.id(),
                        Edits.withMeasure(e, m.id(), new MilestonesReached(reached, r.counts()))));
            } else if (rule instanceof StageLadder ladder) {
                int furthest = -1;
                for (int i = 0; i < ladder.stages().size(); i++) {
                    if (r.reached().contains(ladder.stages().get(i).id())) {
                        furthest = i;
                    }
                }
                if (furthest < ladder.stages().size() - 1) {
                    String stage = ladder.stages().get(furthest + 1).id();
                    Set<String> reached = new LinkedHashSet<>(r.reached());
                    reached.add(stage);
                    ways.add(new Better("reaching the next stage " + stage + " of " + ladder.id() + " in " + m.id(),
                            Edits.withMeasure(e, m.id(), new MilestonesReached(reached, r.counts()))));
                }
            } else if (rule instanceof CountedMilestone cm) {
                Map<String, Integer> counts = new LinkedHashMap<>(r.counts());
                int now = counts.getOrDefault(cm.id(), 0);
                counts.put(cm.id(), now + 1);
                ways.add(new Better("counting " + cm.id() + " of " + m.id() + " " + (now + 1) + " times instead of " + now,
                        Edits.withMeasure(e, m.id(), new MilestonesReached(r.reached(), counts))));
            }
        }
        return ways.isEmpty() ? Optional.empty() : Optional.of(EvidenceGenerator.pick(random, ways));
    }
}
