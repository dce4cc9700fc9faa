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
package org.blendscore.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;

/**
 * Computes every measure's and section's {@link WithholdingExposure}, exactly, under the effective
 * missing-evidence policies. The derivation is in {@link WithholdingExposure}'s documentation.
 */
final class Withholding {

    /** Above this many measures that can be left out beside ones that cannot, the gain is bounded instead of enumerated. */
    static final int MAX_ENUMERATED = 16;

    /** One measure, or one section, as a candidate to be present beside what is withheld. */
    private record Item(Fraction weight, Optional<Fraction> low, Optional<Fraction> high, boolean forced) {
    }

    /** One section: its share, its policy, its measures as items and whether it can be left out entirely. */
    private record Sec(Section section, Fraction share, MissingEvidencePolicy policy, List<Item> measures,
                       List<MissingEvidencePolicy> policies, boolean forced) {

        Item asItem() {
            return new Item(share, lowest(this), mean(measures, true), forced);
        }
    }

    private final Rubric rubric;
    private final List<Sec> sections = new ArrayList<>();
    private final Fraction least;

    private Withholding(Rubric rubric, List<MeasureAnalysis> raw) {
        this.rubric = rubric;
        this.least = Fraction.of(rubric.bandRules().leastCoverage()).divide(Fraction.HUNDRED);
        Fraction sectionSum = Fraction.ZERO;
        for (Section s : rubric.sections()) {
            sectionSum = sectionSum.add(Fraction.of(s.weight()));
        }
        int k = 0;
        for (Section s : rubric.sections()) {
            MissingEvidencePolicy sectionPolicy = s.missingEvidence().orElse(rubric.missingEvidence());
            Fraction measureSum = Fraction.ZERO;
            for (Measure m : s.measures()) {
                measureSum = measureSum.add(Fraction.of(m.weight()));
            }
            List<Item> items = new ArrayList<>();
            List<MissingEvidencePolicy> policies = new ArrayList<>();
            boolean forced = sectionPolicy != MissingEvidencePolicy.LEAVE_OUT;
            for (Measure m : s.measures()) {
                MeasureAnalysis ma = raw.get(k++);
                MissingEvidencePolicy p = m.missingEvidence().orElse(sectionPolicy);
                boolean mustStay = p != MissingEvidencePolicy.LEAVE_OUT;
                Optional<Fraction> low = p == MissingEvidencePolicy.COUNT_AS_ZERO ? Optional.of(Fraction.ZERO) : ma.minPoints();
                items.add(new Item(Fraction.of(m.weight()).divide(measureSum), low, ma.maxPoints(), mustStay));
                policies.add(p);
                forced |= mustStay;
            }
            sections.add(new Sec(s, Fraction.of(s.weight()).divide(sectionSum), sectionPolicy, items, policies, forced));
        }
    }

    /**
     * The exposures of a rubric: every measure in declaration order, then every section.
     *
     * @param rubric the rubric
     * @param raw each measure's analysis with its points as evidence can score them (no policy applied)
     */
    static List<WithholdingExposure> of(Rubric rubric, List<MeasureAnalysis> raw) {
        Withholding w = new Withholding(rubric, raw);
        List<WithholdingExposure> out = new ArrayList<>();
        for (int s = 0; s < w.sections.size(); s++) {
            for (int m = 0; m < w.sections.get(s).measures().size(); m++) {
                out.add(w.measure(s, m));
            }
        }
        for (int s = 0; s < w.sections.size(); s++) {
            out.add(w.section(s));
        }
        return out;
    }

    private WithholdingExposure measure(int s, int m) {
        Sec sec = sections.get(s);
        Item item = sec.measures().get(m);
        Measure measure = sec.section().measures().get(m);
        MissingEvidencePolicy policy = sec.policies().get(m);
        Fraction coverage = Fraction.ONE.subtract(sec.share().multiply(item.weight()));
        boolean incomplete = coverage.compareTo(least) < 0;
        if (policy != MissingEvidencePolicy.LEAVE_OUT) {
            return new WithholdingExposure(WithholdingExposure.Scope.MEASURE, measure.id(), sec.section().name(), policy, false,
                    Optional.of(Fraction.ZERO), coverage, incomplete, List.of());
        }
        List<Item> others = new ArrayList<>(sec.measures());
        others.remove(m);
        Fraction min = item.low().orElseThrow();
        // the section stays: its gain, lifted by its share over the least share of the sections present
        Fraction forcedElsewhere = Fraction.ZERO;
        for (int t = 0; t < sections.size(); t++) {
            if (t != s && sections.get(t).forced()) {
                forcedElsewhere = forcedElsewhere.add(sections.get(t).share());
            }
        }
        Fraction lift = sec.share().divide(sec.share().add(forcedElsewhere));
        Optional<Fraction> gain = best(item.weight(), min, others).map(lift::multiply);
        // the section goes with it: possible when nothing else in it must stay and the section may be left out
        boolean emptiesSection = others.stream().noneMatch(Item::forced) && sec.policy() == MissingEvidencePolicy.LEAVE_OUT;
        if (emptiesSection) {
            gain = larger(gain, best(sec.share(), min, otherSections(s)));
        }
        List<Integer> escaped = new ArrayList<>();
        List<BandGuard> guards = rubric.guards();
        for (int g = 0; g < guards.size(); g++) {
            BandGuard guard = guards.get(g);
            ScoreCondition c = guard.condition();
            if (c.scope() == ScoreCondition.Scope.MEASURE && c.ref().equals(measure.id())) {
                if (guard.failOpen() && canHold(c, item.low(), item.high())) {
                    escaped.add(g);
                }
            } else if (c.scope() == ScoreCondition.Scope.SECTION && c.ref().equals(sec.section().name())) {
                boolean escapesWithSection = emptiesSection && guard.failOpen() && canHold(c, item.low(), item.high());
                boolean crosses = !others.isEmpty() && holds(c, min)
                        && !alwaysHolds(c, mean(others, false), mean(others, true));
                if (escapesWithSection || crosses) {
                    escaped.add(g);
                }
            }
        }
        return new WithholdingExposure(WithholdingExposure.Scope.MEASURE, measure.id(), sec.section().name(), policy, true,
                gain.map(f -> f.max(Fraction.ZERO)), coverage, incomplete, escaped);
    }

    private WithholdingExposure section(int s) {
        Sec sec = sections.get(s);
        String name = sec.section().name();
        Fraction coverage = Fraction.ONE.subtract(sec.share());
        boolean incomplete = coverage.compareTo(least) < 0;
        if (sec.forced()) {
            return new WithholdingExposure(WithholdingExposure.Scope.SECTION, name, name, sec.policy(), false,
                    Optional.of(Fraction.ZERO), coverage, incomplete, List.of());
        }
        Optional<Fraction> gain = best(sec.share(), lowest(sec).orElseThrow(), otherSections(s));
        List<Integer> escaped = new ArrayList<>();
        List<BandGuard> guards = rubric.guards();
        for (int g = 0; g < guards.size(); g++) {
            BandGuard guard = guards.get(g);
            ScoreCondition c = guard.condition();
            boolean hold;
            if (c.scope() == ScoreCondition.Scope.SECTION) {
                hold = c.ref().equals(name) && canHold(c, lowest(sec), mean(sec.measures(), true));
            } else {
                int at = indexOf(sec.section(), c.ref());
                hold = at >= 0 && canHold(c, sec.measures().get(at).low(), sec.measures().get(at).high());
            }
            if (hold && guard.failOpen()) {
                escaped.add(g);
            }
        }
        return new WithholdingExposure(WithholdingExposure.Scope.SECTION, name, name, sec.policy(), true,
                gain.map(f -> f.max(Fraction.ZERO)), coverage, incomplete, escaped);
    }

    private List<Item> otherSections(int s) {
        List<Item> out = new ArrayList<>();
        for (int t = 0; t < sections.size(); t++) {
            if (t != s) {
                out.add(sections.get(t).asItem());
            }
        }
        return out;
    }

    private static int indexOf(Section section, String measureId) {
        for (int i = 0; i < section.measures().size(); i++) {
            if (section.measures().get(i).id().equals(measureId)) {
                return i;
            }
        }
        return -1;
    }

    /** A section's lowest score: the least mean of its measures' lowest points (0 if it may count as zero when empty). */
    private static Optional<Fraction> lowest(Sec sec) {
        Optional<Fraction> low = mean(sec.measures(), false);
        return sec.policy() == MissingEvidencePolicy.COUNT_AS_ZERO ? Optional.of(Fraction.ZERO) : low;
    }

    /**
     * The largest gain of leaving out something of weight {@code u} at points {@code c} rather than
     * scoring it, with some of the items present at their highest: {@code u·(A - c)/(W + u)} over
     * the present sets that hold every forced item and at least one item; 0 when there is no such set
     * (withholding would leave nothing to score). With no forced item the best set is one item.
     */
    static Optional<Fraction> best(Fraction u, Fraction c, List<Item> items) {
        if (items.isEmpty()) {
            return Optional.of(Fraction.ZERO);
        }
        if (items.stream().anyMatch(i -> i.high().isEmpty())) {
            return Optional.empty();
        }
        List<Item> forced = items.stream().filter(Item::forced).toList();
        List<Item> free = items.stream().filter(i -> !i.forced()).toList();
        Fraction best = Fraction.ZERO;
        if (forced.isEmpty()) {
            for (Item i : free) {
                best = best.max(u.multiply(i.high().get().subtract(c)).divide(i.weight().add(u)));
            }
            return Optional.of(best);
        }
        Fraction fw = Fraction.ZERO;
        Fraction fs = Fraction.ZERO;
        for (Item i : forced) {
            fw = fw.add(i.weight());
            fs = fs.add(i.weight().multiply(i.high().get()));
        }
        if (free.size() > MAX_ENUMERATED) {
            // a bound: the mean present is at most the highest item, and the weight present at least the forced weight
            Fraction top = items.stream().map(i -> i.high().get()).max(Comparator.naturalOrder()).orElseThrow();
            return Optional.of(u.multiply(top.subtract(c)).divide(fw.add(u)).max(Fraction.ZERO));
        }
        for (int mask = 0; mask < (1 << free.size()); mask++) {
            Fraction w = fw;
            Fraction sum = fs;
            for (int b = 0; b < free.size(); b++) {
                if ((mask & (1 << b)) != 0) {
                    w = w.add(free.get(b).weight());
                    sum = sum.add(free.get(b).weight().multiply(free.get(b).high().get()));
                }
            }
            best = best.max(u.multiply(sum.divide(w).subtract(c)).divide(w.add(u)));
        }
        return Optional.of(best);
    }

    /**
     * The highest (or lowest) weighted mean of the items' highest (or lowest) points over the present
     * sets that hold every forced item and at least one item: the forced items, then the others best
     * first while each one moves the mean its way.
     */
    static Optional<Fraction> mean(List<Item> items, boolean highest) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Item> sorted = new ArrayList<>();
        for (Item i : items) {
            Optional<Fraction> v = highest ? i.high() : i.low();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sorted.add(i);
        }
        Comparator<Item> order = Comparator.comparing(i -> (highest ? i.high() : i.low()).get());
        sorted.sort(highest ? order.reversed() : order);
        Fraction w = Fraction.ZERO;
        Fraction sum = Fraction.ZERO;
        for (Item i : sorted) {
            if (i.forced()) {
                w = w.add(i.weight());
                sum = sum.add(i.weight().multiply((highest ? i.high() : i.low()).get()));
            }
        }
        for (Item i : sorted) {
            if (i.forced()) {
                continue;
            }
            Fraction v = (highest ? i.high() : i.low()).get();
            boolean better = w.signum() == 0 || (highest ? v.compareTo(sum.divide(w)) > 0 : v.compareTo(sum.divide(w)) < 0);
            if (!better) {
                break;
            }
            w = w.add(i.weight());
            sum = sum.add(i.weight().multiply(v));
        }
        return Optional.of(sum.divide(w));
    }

    /** The exposure with the largest gain (unbounded first), only if withholding it pays. */
    static Optional<WithholdingExposure> largest(List<WithholdingExposure> all) {
        WithholdingExposure best = null;
        for (WithholdingExposure w : all) {
            if (!w.pays()) {
                continue;
            }
            if (best == null || best.gain().isPresent() && (w.gain().isEmpty() || w.gain().get().compareTo(best.gain().get()) > 0)) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Fraction> larger(Optional<Fraction> a, Optional<Fraction> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().max(b.get())) : Optional.empty();
    }

    private static boolean holds(ScoreCondition c, Fraction score) {
        int cmp = score.compareTo(c.threshold());
        return switch (c.comparison()) {
            case BELOW -> cmp < 0;
            case AT_MOST -> cmp <= 0;
            case AT_LEAST -> cmp >= 0;
            case ABOVE -> cmp > 0;
        };
    }

    /** Whether the condition holds for some score between low and high (an unbounded end holds an upward condition). */
    private static boolean canHold(ScoreCondition c, Optional<Fraction> low, Optional<Fraction> high) {
        return low.isPresent() && holds(c, low.get()) || high.isEmpty() || holds(c, high.get());
    }

    /** Whether the condition holds for every score between low and high. */
    private static boolean alwaysHolds(ScoreCondition c, Optional<Fraction> low, Optional<Fraction> high) {
        return low.isPresent() && high.isPresent() && holds(c, low.get()) && holds(c, high.get());
    }
}
