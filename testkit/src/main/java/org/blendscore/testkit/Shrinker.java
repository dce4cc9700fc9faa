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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.TargetFactor;

/**
 * Greedy shrinking: tries simpler variants of failing evidence, one change at a time (no
 * attributes, full participation, the whole period, a measure dropped, a rating, milestone or
 * count dropped, relief dropped, an actual moved to 0, the target or a round value, a factor moved
 * to 1 or its minimum), keeps the first that still fails the same way, and starts again, until no
 * change helps or the budget of probes is spent.
 */
final class Shrinker {

    /** The shrunk failure and how many changes got there. */
    record Result(Violation violation, int steps) {
    }

    private static final int BUDGET = 400;

    private final Rubric rubric;

    Shrinker(Rubric rubric) {
        this.rubric = rubric;
    }

    Result shrink(Evidence start, Violation first, Function<Evidence, Optional<Violation>> probe) {
        Evidence current = start;
        Violation violation = first;
        int steps = 0;
        int spent = 0;
        boolean progress = true;
        while (progress && spent < BUDGET) {
            progress = false;
            for (Evidence candidate : candidates(current)) {
                if (spent++ >= BUDGET) {
                    break;
                }
                Optional<Violation> v;
                try {
                    v = probe.apply(candidate);
                } catch (RuntimeException invalid) {
                    continue; // a change the rubric does not accept: not simpler, just wrong
                }
                if (v.isPresent() && v.get().sameKind(first)) {
                    current = candidate;
                    violation = v.get();
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Result(violation, steps);
    }

    /** Simpler variants of the evidence, the boldest first. */
    List<Evidence> candidates(Evidence e) {
        List<Evidence> out = new ArrayList<>();
        if (!e.attributes().isEmpty()) {
            out.add(e.withAttributes(Map.of()));
        }
        if (!e.participation().isFull()) {
            out.add(e.withParticipation(Participation.full()));
        }
        if (!e.period().equals(rubric.effective())) {
            out.add(Edits.withPeriod(e, rubric.effective()));
        }
        // evidence keeps its maps and sets in no particular order: go by the rubric's order, and sort, so shrinking is reproducible
        List<String> ids = rubric.measures().stream().map(Measure::id).filter(e.measures()::containsKey).toList();
        if (ids.size() > 1) {
            for (String id : ids) {
                out.add(Edits.withoutMeasure(e, id));
            }
        }
        for (String id : ids) {
            MeasureEvidence m = e.measures().get(id);
            if (m instanceof Ratings r) {
                for (int i = 0; i < r.ratings().size(); i++) {
                    List<Rating> fewer = new ArrayList<>(r.ratings());
                    fewer.remove(i);
                    out.add(Edits.withMeasure(e, id, new Ratings(fewer)));
                }
            } else if (m instanceof MilestonesReached r) {
                for (String reached : new java.util.TreeSet<>(r.reached())) {
                    Set<String> fewer = new LinkedHashSet<>(r.reached());
                    fewer.remove(reached);
                    out.add(Edits.withMeasure(e, id, new MilestonesReached(fewer, r.counts())));
                }
                for (String counted : new java.util.TreeSet<>(r.counts().keySet())) {
                    Map<String, Integer> fewer = new LinkedHashMap<>(r.counts());
                    fewer.remove(counted);
                    out.add(Edits.withMeasure(e, id, new MilestonesReached(r.reached(), fewer)));
                }
            } else if (m instanceof QuotaActual q) {
                if (!q.reliefs().isEmpty() || !q.checkIns().isEmpty()) {
                    out.add(Edits.withMeasure(e, id, new QuotaActual(q.actual())));
                }
                rubric.measure(id).filter(QuotaMeasure.class::isInstance).map(QuotaMeasure.class::cast)
                        .ifPresent(qm -> simplerActuals(qm, q.actual(), e).forEach(a -> out.add(Edits.withActual(e, id, a))));
            }
        }
        for (TargetFactor f : rubric.targets().factors()) {
            BigDecimal now = e.factors().get(f.name());
            BigDecimal simple = f.allows(BigDecimal.ONE) ? BigDecimal.ONE : f.min();
            if (now != null && now.compareTo(simple) != 0) {
                Map<String, BigDecimal> factors = new LinkedHashMap<>(e.factors());
                factors.put(f.name(), simple);
                out.add(e.withFactors(factors));
            }
        }
        return out;
    }

    /** Rounder actuals than {@code actual}: 0, the target, and the actual rounded to fewer significant digits. */
    private static List<BigDecimal> simplerActuals(QuotaMeasure q, BigDecimal actual, Evidence e) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        BigDecimal target = Decimals.normal(EvidenceGenerator.wholeTarget(q, e.factors()));
        boolean count = q.target().kind() == QuantityKind.COUNT;
        out.add(BigDecimal.ZERO);
        if (!count || target.stripTrailingZeros().scale() <= 0) {
            out.add(target);
        }
        int digits = actual.precision();
        for (int keep = 1; keep < digits; keep++) {
            BigDecimal r = Decimals.normal(actual.round(new java.math.MathContext(keep, RoundingMode.HALF_EVEN)));
            if (!count || r.scale() <= 0) {
                out.add(r);
            }
        }
        // only simpler, so that shrinking ends: zero, or fewer significant digits than now
        List<BigDecimal> simpler = new ArrayList<>();
        int now = actual.stripTrailingZeros().precision();
        for (BigDecimal x : out) {
            if (x.compareTo(actual) != 0 && (x.signum() == 0 || x.stripTrailingZeros().precision() < now)) {
                simpler.add(x);
            }
        }
        return simpler;
    }
}
