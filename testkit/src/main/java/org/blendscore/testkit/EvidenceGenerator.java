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
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;

/**
 * Seeded, reproducible generator of <em>valid</em> evidence for one rubric: every piece it makes is
 * accepted by the rubric's scorer. It leans towards the edges where scoring goes wrong:
 * <ul>
 *   <li>quota actuals exactly on a breakpoint, gate or tier edge, just below and just above one
 *       (by a ten-millionth of the target, or one for counts), at and beyond the cap, exactly on
 *       target and at zero, computed against the target as the subject's factors adjust it;</li>
 *   <li>rating sources with exactly their minimum number of ratings, one short of it, none, or a
 *       few more; N/A ratings; the lowest and highest levels;</li>
 *   <li>milestones, stages and counted milestones reached or not, counts exactly on their target,
 *       one short and beyond;</li>
 *   <li>measures with no evidence at all (never where the measure's policy, or its section's, is
 *       {@code REJECT}, which would reject them);</li>
 *   <li>target factor values at their minimum, maximum, 1 and in between, always in range;
 *       review periods inside the rubric's effective period; subjects who started, left, took
 *       leave or were hired during the period; relief now and then.</li>
 * </ul>
 * Under {@code REJECT} (the rubric's, a section's or a measure's policy) a quota measure whose
 * target is spread over time (an amount or a count) must keep some target, or the scorer refuses
 * the evidence: a new hire whose review ends in a 0% ramp month (such as a start month after the
 * ramp's cutoff day), or a time in the role with no counted day (only a weekend, where working days
 * count), leaves none. For such a rubric the generator draws the participation again (up to three
 * times) until some day in the role counts at a positive ramp percentage and season weight, and
 * otherwise puts the subject in the role for the whole review period, or, should even that leave no
 * target, reviews the rubric's whole effective period.
 * At least one measure always has usable evidence. Subject ids come from a fixed pool of names
 * unless given; attributes (team, region...) are drawn too, and scoring must ignore them.
 *
 * <p>The generator is immutable and thread-safe; the same seed gives the same evidence. It needs
 * no test framework: drive it with a seed from any property-testing library, for example
 * QuickTheories' {@code longs().all().map(generator::generate)}.
 */
public final class EvidenceGenerator {

    /** The subject ids drawn when none are given; a few start with the same letter, one has an apostrophe, one is not ASCII. */
    static final List<String> DEFAULT_SUBJECTS = List.of("ana", "ben", "cara", "dev", "eve", "farid", "gao", "hana", "ivan",
            "jo", "amara", "zoe", "o'neil", "rep-0042", "\u00c5sa", "li-wei", "mo");

    private static final List<String> TEAMS = List.of("north", "south", "east", "west");
    private static final List<String> REGIONS = List.of("emea", "amer", "apac");
    private static final List<String> GENDERS = List.of("f", "m", "x");

    private final Rubric rubric;
    private final List<String> subjects;
    private final int missingPercent;
    private final boolean varyTime;
    /** Whether some quota measure whose target is spread over time is under REJECT, so that the time drawn must leave it a target. */
    private final boolean targetNeeded;

    private EvidenceGenerator(Rubric rubric, List<String> subjects, int missingPercent, boolean varyTime) {
        this.rubric = rubric;
        this.subjects = List.copyOf(subjects);
        this.missingPercent = missingPercent;
        this.varyTime = varyTime;
        this.targetNeeded = rubric.sections().stream().anyMatch(s -> s.measures().stream().anyMatch(m -> m instanceof QuotaMeasure q
                && q.target().kind() != QuantityKind.RATE && rejects(s.missingEvidence().orElse(rubric.missingEvidence()), m)));
    }

    /**
     * Whether a measure's evidence may not go missing: the measure's own policy, else its section's, else the rubric's, is
     * {@code REJECT} as the scorer reads them; a section under REJECT also rejects evidence where none of its measures is usable,
     * so its measures all get usable evidence.
     */
    private static boolean rejects(MissingEvidencePolicy sectionPolicy, Measure m) {
        return sectionPolicy == MissingEvidencePolicy.REJECT || m.missingEvidence().orElse(sectionPolicy) == MissingEvidencePolicy.REJECT;
    }

    /**
     * A generator for a rubric, with the default subject pool, measures missing now and then, and
     * varied periods and participation.
     *
     * @param rubric the rubric
     * @return the generator
     */
    public static EvidenceGenerator of(Rubric rubric) {
        return new EvidenceGenerator(Objects.requireNonNull(rubric, "rubric"), DEFAULT_SUBJECTS, 15, true);
    }

    /**
     * The rubric this generator makes evidence for.
     *
     * @return the rubric
     */
    public Rubric rubric() {
        return rubric;
    }

    /**
     * A copy drawing subject ids from these.
     *
     * @param ids one or more non-blank ids
     * @return a new generator
     * @throws IllegalArgumentException if no id is given or one is blank
     */
    public EvidenceGenerator subjects(String... ids) {
        List<String> list = List.of(ids);
        if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("subject ids must be one or more non-blank ids, got " + list);
        }
        return new EvidenceGenerator(rubric, list, missingPercent, varyTime);
    }

    /** The subject ids this generator draws from (the subject-blind check renames to these too). */
    List<String> subjectPool() {
        return subjects;
    }

    /**
     * A copy leaving out a measure's evidence with this chance (15% by default; never under the
     * {@code REJECT} policy).
     *
     * @param percent 0 to 100
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is out of range
     */
    public EvidenceGenerator missingMeasures(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("chance of a missing measure is " + percent + "%, allowed 0 to 100");
        }
        return new EvidenceGenerator(rubric, subjects, percent, varyTime);
    }

    /**
     * A copy whose evidence always covers the rubric's whole effective period with the subject in
     * the role throughout, so that every effective target is the base target times its factors.
     *
     * @return a new generator
     */
    public EvidenceGenerator wholePeriod() {
        return new EvidenceGenerator(rubric, subjects, missingPercent, false);
    }

    /**
     * The evidence for a seed.
     *
     * @param seed any seed; the same seed gives the same evidence
     * @return valid evidence for the rubric
     */
    public Evidence generate(long seed) {
        return generate(new SplittableRandom(seed));
    }

    /**
     * Evidence drawn from a source of randomness.
     *
     * @param random the randomness, such as a {@link SplittableRandom}
     * @return valid evidence for the rubric
     */
    public Evidence generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Map<String, BigDecimal> factors = factors(random);
        DateRange period = varyTime && chance(random, 25) ? TimeDraws.period(rubric, random) : rubric.effective();
        Participation participation = varyTime && chance(random, 25)
                ? TimeDraws.participation(rubric, random, period, targetNeeded) : Participation.full();
        if (targetNeeded && !TimeDraws.leavesATarget(rubric, period, participation)) {
            // in the role throughout a review period with no counted day (only a rubric of its own makes one): the whole period
            period = rubric.effective();
        }
        boolean whole = period.equals(rubric.effective()) && participation.isFull();
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        for (Section s : rubric.sections()) {
            MissingEvidencePolicy sectionPolicy = s.missingEvidence().orElse(rubric.missingEvidence());
            for (Measure m : s.measures()) {
                boolean reject = rejects(sectionPolicy, m);
                if (!reject && chance(random, missingPercent)) {
                    continue;
                }
                measures.put(m.id(), evidenceOf(m, random, factors, whole, reject));
            }
        }
        Participation drawn = participation;
        boolean usable = measures.entrySet().stream().anyMatch(e -> certainlyUsable(rubric.measure(e.getKey()).orElseThrow(),
                e.getValue(), drawn));
        if (!usable) {
            // something must count: a milestone record always does, a rating measure with every source at its minimum, or a quota
            // measure over the whole period
            Measure first = rubric.measures().stream().filter(m -> !(m instanceof QuotaMeasure)).findFirst()
                    .orElse(rubric.measures().get(0));
            measures.put(first.id(), usableEvidenceOf(first, random, factors));
            if (first instanceof QuotaMeasure) {
                period = rubric.effective();
                participation = Participation.full();
            }
        }
        return new Evidence(pick(random, subjects), period, measures, attributes(random), participation, factors);
    }

    /**
     * Evidence as scoring sees it at nominal shares: every measure has usable evidence (drawn where
     * it had none), over the rubric's whole effective period with the subject in the role
     * throughout, and no relief; everything else kept.
     *
     * @param evidence evidence for the rubric
     * @param random randomness for the evidence added
     * @return complete evidence
     */
    Evidence complete(Evidence evidence, RandomGenerator random) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        Map<String, BigDecimal> factors = new LinkedHashMap<>(evidence.factors());
        for (TargetFactor f : rubric.targets().factors()) {
            factors.putIfAbsent(f.name(), f.min());
        }
        for (Measure m : rubric.measures()) {
            MeasureEvidence e = evidence.measures().get(m.id());
            if (e instanceof QuotaActual q) {
                measures.put(m.id(), new QuotaActual(q.actual()));
            } else if (e != null && certainlyUsable(m, e, Participation.full())) {
                measures.put(m.id(), e);
            } else {
                measures.put(m.id(), usableEvidenceOf(m, random, factors));
            }
        }
        return new Evidence(evidence.subjectId(), rubric.effective(), measures, evidence.attributes(), Participation.full(), factors);
    }

    /**
     * The effective target of a quota measure for evidence over the whole period with full
     * participation: the base target times the subject's factors the measure names.
     */
    static BigDecimal wholeTarget(QuotaMeasure q, Map<String, BigDecimal> factors) {
        BigDecimal t = q.target().value();
        for (String f : q.factors()) {
            t = t.multiply(factors.getOrDefault(f, BigDecimal.ONE));
        }
        return t;
    }

    /** The attainments where a curve's points may change abruptly: breakpoints, the gate, tier edges. */
    static List<BigDecimal> edges(Curve curve) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        if (curve instanceof LinearCurve lc) {
            lc.breakpoints().stream().map(Breakpoint::attainment).forEach(a -> out.add(a.stripTrailingZeros()));
            lc.gate().ifPresent(g -> out.add(g.stripTrailingZeros()));
        } else {
            ((TierCurve) curve).tiers().stream().map(Tier::from).filter(f -> f.signum() > 0).forEach(f -> out.add(f.stripTrailingZeros()));
        }
        return List.copyOf(out);
    }

    // ---- measures ----

    private MeasureEvidence evidenceOf(Measure m, RandomGenerator random, Map<String, BigDecimal> factors, boolean whole,
                                       boolean reject) {
        if (m instanceof QuotaMeasure q) {
            return quota(q, random, factors, whole);
        }
        if (m instanceof MilestoneMeasure ms) {
            return MeasureDraws.milestones(ms, random);
        }
        return MeasureDraws.ratings((RatingMeasure) m, random, reject);
    }

    private MeasureEvidence usableEvidenceOf(Measure m, RandomGenerator random, Map<String, BigDecimal> factors) {
        if (m instanceof QuotaMeasure q) {
            return new QuotaActual(MeasureDraws.actual(q, wholeTarget(q, factors), random));
        }
        if (m instanceof MilestoneMeasure ms) {
            return MeasureDraws.milestones(ms, random);
        }
        return MeasureDraws.ratings((RatingMeasure) m, random, true);
    }

    private QuotaActual quota(QuotaMeasure q, RandomGenerator random, Map<String, BigDecimal> factors, boolean whole) {
        BigDecimal target = wholeTarget(q, factors);
        BigDecimal actual = MeasureDraws.actual(q, target, random);
        List<Relief> reliefs = new ArrayList<>();
        if (chance(random, 8)) {
            // relief: credit to the actual, or off the target where the curve is capped (so that a target relieved away scores the top)
            boolean onTarget = q.curve().maxPoints().isPresent() && chance(random, 50);
            BigDecimal amount = target.multiply(BigDecimal.valueOf(between(random, 1, 30))).divide(BigDecimal.valueOf(100))
                    .setScale(q.target().kind() == QuantityKind.COUNT ? 0 : 2, RoundingMode.UP).max(BigDecimal.ONE);
            reliefs.add(new Relief(onTarget ? Relief.Kind.TARGET : Relief.Kind.CREDIT, amount, "territory change", "manager",
                    rubric.effective().start()));
        }
        return new QuotaActual(actual, reliefs, List.of());
    }

    // ---- usable evidence ----

    /** Whether a measure's evidence certainly gives it points, whatever the targets do. */
    private static boolean certainlyUsable(Measure m, MeasureEvidence e, Participation participation) {
        if (m instanceof MilestoneMeasure) {
            return true;
        }
        if (m instanceof RatingMeasure r) {
            List<Rating> ratings = ((Ratings) e).ratings();
            return r.sources().stream().allMatch(s -> ratings.stream()
                    .filter(x -> x.source().equals(s.name()) && !x.isNotApplicable()).count() >= MeasureDraws.usableNeeded(s));
        }
        // a rate target is never spread over time; an amount or count target is, and with full participation its share is positive
        return participation.isFull() || ((QuotaMeasure) m).target().kind() == QuantityKind.RATE;
    }

    // ---- subject ----

    private Map<String, BigDecimal> factors(RandomGenerator random) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (TargetFactor f : rubric.targets().factors()) {
            BigDecimal value;
            int how = between(random, 1, 10);
            if (how <= 2) {
                value = f.min();
            } else if (how <= 4) {
                value = f.max();
            } else if (how <= 5 && f.allows(BigDecimal.ONE)) {
                value = BigDecimal.ONE;
            } else {
                BigDecimal span = f.max().subtract(f.min());
                value = f.min().add(span.multiply(BigDecimal.valueOf(between(random, 0, 100), 2))).setScale(
                        Math.max(2, f.min().scale()), RoundingMode.DOWN).max(f.min()).min(f.max());
            }
            out.put(f.name(), value);
        }
        return out;
    }

    private static Map<String, String> attributes(RandomGenerator random) {
        Map<String, String> out = new LinkedHashMap<>();
        if (chance(random, 60)) {
            out.put("team", pick(random, TEAMS));
        }
        if (chance(random, 40)) {
            out.put("region", pick(random, REGIONS));
        }
        if (chance(random, 30)) {
            out.put("gender", pick(random, GENDERS));
        }
        if (chance(random, 30)) {
            out.put("age", String.valueOf(between(random, 21, 67)));
        }
        return out;
    }

    // ---- randomness ----

    static boolean chance(RandomGenerator random, int percent) {
        return random.nextInt(100) < percent;
    }

    static int between(RandomGenerator random, int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    static <T> T pick(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
