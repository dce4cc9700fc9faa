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
package org.blendscore.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.review.Review;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.TierCurve;
import org.blendscore.scoring.Scorer;

/**
 * The path to the next band, computed with a scorer from a review and the evidence it was scored
 * from (a {@link Review} keeps no evidence). For each measure, the smallest change of that
 * measure's own evidence that alone lifts the review to the next band; when no measure can alone,
 * the cheapest pairs of measures. Every step is verified by scoring the changed evidence: the
 * step reaches the band and the step one unit of the input's resolution smaller does not; a step
 * that fails this check is never proposed.
 *
 * <p>How {@code explain()} shows it: the path needs the evidence, which a review does not keep,
 * so {@link #explain(Review, Evidence)} gives the review's own {@link Review#explain()} followed by
 * the path's {@link PathToNextBand#explain()}; {@code Review.explain()} itself is unchanged.
 *
 * <pre>{@code
 * NextBand next = NextBand.of(scorer);
 * PathToNextBand path = next.path(review, evidence);
 * String text = next.explain(review, evidence);
 * }</pre>
 */
public final class NextBand {
    /** The most pairs a path lists when no single step is enough. */
    public static final int MAX_PAIRS = 3;

    private final Scorer scorer;

    private NextBand(Scorer scorer) {
        this.scorer = scorer;
    }

    /**
     * Guidance with a scorer: the one the reviews were scored with.
     *
     * @param scorer the scorer
     * @return the guidance
     * @throws NullPointerException naming {@code scorer} when it is null
     */
    public static NextBand of(Scorer scorer) {
        return new NextBand(Objects.requireNonNull(scorer, "scorer"));
    }

    /**
     * The path of a review to the next band. A review at the top band, or an incomplete one (no
     * band), gets an empty path whose notes say why.
     *
     * @param review the review, scored by this guidance's scorer
     * @param evidence the evidence the review was scored from
     * @return the path
     * @throws NullPointerException naming {@code review} or {@code evidence} when null
     * @throws IllegalArgumentException when the evidence is another subject's, or does not give
     *         the review's overall with this scorer
     */
    public PathToNextBand path(Review review, Evidence evidence) {
        return path(review, evidence, Optional.empty());
    }

    /**
     * The path of a review to the next band and, for an interim review, the weekly pace through
     * the end of the period with the activities the funnel needs for it.
     *
     * @param review the review, scored by this guidance's scorer
     * @param evidence the evidence the review was scored from
     * @param funnel the activity funnel whose conversion rates turn the pace into activities
     * @return the path, with its {@link PathToNextBand#pace()} for an interim review
     * @throws NullPointerException naming {@code review}, {@code evidence} or {@code funnel} when null
     * @throws IllegalArgumentException when the evidence is another subject's, or does not give
     *         the review's overall with this scorer
     */
    public PathToNextBand path(Review review, Evidence evidence, ActivityFunnel funnel) {
        return path(review, evidence, Optional.of(Objects.requireNonNull(funnel, "funnel")));
    }

    private PathToNextBand path(Review review, Evidence evidence, Optional<ActivityFunnel> funnel) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(evidence, "evidence");
        if (!review.subjectId().equals(evidence.subjectId())) {
            throw new IllegalArgumentException(GuidanceMessages.otherSubject(review.subjectId(), evidence.subjectId()));
        }
        Rubric rubric = scorer.rubric();
        if (review.band().isEmpty()) {
            return empty(review, GuidanceMessages.incomplete(review.subjectId()));
        }
        int rank = rank(rubric, review.band().get());
        if (rank == 0) {
            return empty(review, GuidanceMessages.topBand(review.band().get()));
        }
        Band next = rubric.bands().get(rank - 1);
        Rescoring rescoring = new Rescoring(scorer, evidence, review.interimAsOf(), rank - 1);
        Review again = rescoring.score(Map.of());
        if (again.overall().compareTo(review.overall()) != 0 || !again.band().equals(review.band())) {
            throw new IllegalArgumentException(GuidanceMessages.notThisReview(review.subjectId(), review.overall(), again.overall()));
        }
        List<Step> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Measure m : rubric.measures()) {
            MeasureEvidence own = evidence.measures().get(m.id());
            if (own == null) {
                notes.add(GuidanceMessages.noEvidence(m.id()));
                continue;
            }
            if (Ladders.of(m, own).isEmpty()) {
                notes.add(GuidanceMessages.nothingToRaise(m.id()));
                continue;
            }
            Optional<LeastRung.Found> best = cheapest(rescoring, m, Map.of(), review);
            if (best.isEmpty()) {
                notes.add(GuidanceMessages.cannotAlone(m.id(), next.label()));
                continue;
            }
            verified(rescoring, Map.of(), best.get(), review).ifPresentOrElse(steps::add,
                    () -> notes.add(GuidanceMessages.notVerified(m.id())));
        }
        List<StepPair> pairs = List.of();
        if (steps.isEmpty()) {
            for (Warning w : review.warnings()) {
                if (w.kind() == Warning.Kind.BAND_CAPPED || w.kind() == Warning.Kind.GUARD_FAILED_CLOSED) {
                    notes.add(GuidanceMessages.guardHolds(w.path(), w.message()));
                }
            }
            pairs = new Pairs(this, rescoring, rubric, review).cheapest(MAX_PAIRS);
            if (pairs.isEmpty()) {
                notes.add(GuidanceMessages.noPair(next.label()));
            }
        }
        List<WeeklyPace> pace = review.interim() ? Pace.of(scorer, review, evidence, rank - 1, funnel, notes) : List.of();
        return new PathToNextBand(review.subjectId(), review.band(), Optional.of(next.label()), steps, pairs, notes, pace);
    }

    /**
     * A review's explanation followed by its path to the next band.
     *
     * @param review the review, scored by this guidance's scorer
     * @param evidence the evidence the review was scored from
     * @return {@code review.explain()} and then {@code path(review, evidence).explain()}
     * @throws NullPointerException naming {@code review} or {@code evidence} when null
     */
    public String explain(Review review, Evidence evidence) {
        PathToNextBand path = path(review, evidence);
        return review.explain() + "\n" + path.explain();
    }

    /**
     * A review's explanation followed by its path to the next band and, for an interim review,
     * the weekly pace with the activities the funnel needs.
     *
     * @param review the review, scored by this guidance's scorer
     * @param evidence the evidence the review was scored from
     * @param funnel the activity funnel
     * @return {@code review.explain()} and then {@code path(review, evidence, funnel).explain()}
     * @throws NullPointerException naming {@code review}, {@code evidence} or {@code funnel} when null
     */
    public String explain(Review review, Evidence evidence, ActivityFunnel funnel) {
        return review.explain() + "\n" + path(review, evidence, funnel).explain();
    }

    /** The ladder rung of a measure that reaches with the least cost, ties to the earlier ladder. */
    Optional<LeastRung.Found> cheapest(Rescoring rescoring, Measure m, Map<String, MeasureEvidence> others, Review before) {
        MeasureEvidence own = others.getOrDefault(m.id(), rescoring.evidence().measures().get(m.id()));
        Optional<LeastRung.Found> best = Optional.empty();
        BigDecimal bestCost = null;
        for (Ladder ladder : Ladders.of(m, own)) {
            Optional<LeastRung.Found> found = LeastRung.find(rescoring, ladder, others, Rubric.maxPoints(m));
            if (found.isPresent()) {
                BigDecimal cost = cost(m, before, found.get().review());
                if (bestCost == null || cost.compareTo(bestCost) < 0) {
                    best = found;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    /** The found rung as a step, when scoring confirms it reaches and the rung below does not. */
    Optional<Step> verified(Rescoring rescoring, Map<String, MeasureEvidence> others, LeastRung.Found found, Review before) {
        String id = found.ladder().measureId();
        Map<String, MeasureEvidence> at = new java.util.HashMap<>(others);
        at.put(id, found.evidence());
        Review reached = rescoring.score(at);
        at.put(id, found.smaller());
        if (!rescoring.reaches(reached) || rescoring.reaches(at)) {
            return Optional.empty();
        }
        Measure m = scorer.rubric().measure(id).orElseThrow();
        return Optional.of(new Step(id, found.words(), found.evidence(), found.smaller(), reached.overall(),
                reached.band().orElseThrow(), cost(m, before, reached)));
    }

    /** The points a measure gained, as a share of the most it can give. */
    static BigDecimal cost(Measure m, Review before, Review after) {
        BigDecimal gain = Rescoring.points(after, m.id()).subtract(Rescoring.points(before, m.id()));
        BigDecimal range = Rubric.maxPoints(m).orElseGet(() -> highestListed(m));
        if (range.signum() <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return gain.max(BigDecimal.ZERO).divide(range, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal highestListed(Measure m) {
        if (m instanceof QuotaMeasure q && q.curve() instanceof LinearCurve c) {
            return c.breakpoints().stream().map(b -> b.points()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        }
        if (m instanceof QuotaMeasure q && q.curve() instanceof TierCurve t) {
            return t.maxPoints().orElse(BigDecimal.ONE);
        }
        return BigDecimal.valueOf(100);
    }

    private static int rank(Rubric rubric, String label) {
        for (int i = 0; i < rubric.bands().size(); i++) {
            if (rubric.bands().get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException(GuidanceMessages.unknownBand(label, rubric.id()));
    }

    private static PathToNextBand empty(Review review, String why) {
        return new PathToNextBand(review.subjectId(), review.band(), Optional.empty(), List.of(), List.of(), List.of(why));
    }
}
