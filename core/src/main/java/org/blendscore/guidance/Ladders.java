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
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;

/**
 * The ladders of one measure's evidence: for a quota, the actual in steps of the input's
 * resolution (a cent of an amount or rate, one of a count), up for higher-is-better and down to
 * zero for lower-is-better; for ratings, each rating raised level by level to the top of the
 * scale; for milestones, each milestone not reached, each further stage of a ladder, and each
 * counted milestone's count up to its target. A step on an anonymous source's rating says how many
 * levels higher, never the rating it replaces, so that the subject cannot tell one rater's rating.
 */
final class Ladders {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Ladders() {
    }

    static List<Ladder> of(Measure measure, MeasureEvidence evidence) {
        if (measure instanceof QuotaMeasure q && evidence instanceof QuotaActual a) {
            return List.of(quota(q, a));
        }
        if (measure instanceof RatingMeasure r && evidence instanceof Ratings rs) {
            return ratings(r, rs);
        }
        if (measure instanceof MilestoneMeasure m && evidence instanceof MilestonesReached mr) {
            return milestones(m, mr);
        }
        return List.of();
    }

    private static Ladder quota(QuotaMeasure q, QuotaActual a) {
        BigDecimal unit = q.target().kind() == QuantityKind.COUNT ? BigDecimal.ONE : CENT;
        String id = q.id();
        String currency = q.target().unit();
        if (q.direction() == Direction.LOWER_IS_BETTER) {
            long top = a.actual().divide(unit, 0, java.math.RoundingMode.CEILING).longValueExact();
            return new Ladder(id, top,
                    k -> new QuotaActual(a.actual().subtract(unit.multiply(BigDecimal.valueOf(k))).max(BigDecimal.ZERO),
                            a.reliefs(), a.checkIns()),
                    k -> GuidanceMessages.quotaDown(amount(a.actual().min(unit.multiply(BigDecimal.valueOf(k)))), currency, id));
        }
        return new Ladder(id, Long.MAX_VALUE,
                k -> new QuotaActual(a.actual().add(unit.multiply(BigDecimal.valueOf(k))), a.reliefs(), a.checkIns()),
                k -> GuidanceMessages.quotaUp(amount(unit.multiply(BigDecimal.valueOf(k))), currency, id));
    }

    private static List<Ladder> ratings(RatingMeasure r, Ratings rs) {
        List<Ladder> out = new ArrayList<>();
        BigDecimal step = r.scale().step();
        for (int i = 0; i < rs.ratings().size(); i++) {
            Rating rating = rs.ratings().get(i);
            if (rating.value().isEmpty()) {
                continue;
            }
            BigDecimal from = rating.value().get();
            long top = r.scale().max().subtract(from).divideToIntegralValue(step).longValue();
            if (top <= 0) {
                continue;
            }
            int at = i;
            boolean anonymous = r.sources().stream().anyMatch(src -> src.name().equals(rating.source()) && src.anonymous());
            java.util.function.LongFunction<String> words = anonymous
                    ? k -> GuidanceMessages.anonymousRating(r.id(), rating.source(), k)
                    : k -> GuidanceMessages.rating(r.id(), rating.source(), plain(raised(from, step, k)), plain(from));
            out.add(new Ladder(r.id(), top, k -> {
                List<Rating> changed = new ArrayList<>(rs.ratings());
                changed.set(at, new Rating(rating.raterId(), rating.source(), java.util.Optional.of(raised(from, step, k)),
                        rating.comment()));
                return new Ratings(changed);
            }, words));
        }
        return out;
    }

    private static BigDecimal raised(BigDecimal from, BigDecimal step, long k) {
        return from.add(step.multiply(BigDecimal.valueOf(k)));
    }

    private static List<Ladder> milestones(MilestoneMeasure m, MilestonesReached mr) {
        List<Ladder> out = new ArrayList<>();
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof Milestone plain && !mr.reached().contains(plain.id())) {
                out.add(new Ladder(m.id(), 1, k -> k == 0 ? mr : withReached(mr, plain.id()),
                        k -> GuidanceMessages.milestone(plain.id())));
            } else if (rule instanceof StageLadder ladder) {
                int furthest = -1;
                for (int s = 0; s < ladder.stages().size(); s++) {
                    if (mr.reached().contains(ladder.stages().get(s).id())) {
                        furthest = s;
                    }
                }
                int from = furthest;
                List<Stage> stages = ladder.stages();
                if (from < stages.size() - 1) {
                    out.add(new Ladder(m.id(), stages.size() - 1L - from,
                            k -> k == 0 ? mr : withReached(mr, stages.get(from + (int) k).id()),
                            k -> GuidanceMessages.stage(stages.get(from + (int) k).id(), ladder.id())));
                }
            } else if (rule instanceof CountedMilestone counted) {
                int now = mr.counts().getOrDefault(counted.id(), 0);
                if (now < counted.target()) {
                    out.add(new Ladder(m.id(), (long) counted.target() - now, k -> withCount(mr, counted.id(), now + (int) k),
                            k -> GuidanceMessages.counted(k, counted.id())));
                }
            }
        }
        return out;
    }

    private static MilestonesReached withReached(MilestonesReached mr, String id) {
        Set<String> reached = new HashSet<>(mr.reached());
        reached.add(id);
        return new MilestonesReached(reached, mr.counts());
    }

    private static MilestonesReached withCount(MilestonesReached mr, String id, int count) {
        Map<String, Integer> counts = new HashMap<>(mr.counts());
        counts.put(id, count);
        return new MilestonesReached(mr.reached(), counts);
    }

    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
