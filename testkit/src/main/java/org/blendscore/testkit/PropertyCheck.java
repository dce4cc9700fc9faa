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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

/**
 * Checks that scoring with a rubric is fair, on generated evidence: one call runs every
 * {@link ScoringProperty} and returns a {@link PropertyReport}, with a shrunk counterexample and a
 * seed to reproduce each failure.
 *
 * <pre>{@code
 * PropertyCheck.of(rubric).tries(1000).seed(42).run().assertFair();
 * }</pre>
 *
 * <p>By default the kit checks the library's own {@link Scorer}; give {@link #scoredBy(Function)}
 * (or {@link #compiledBy(Function)}) to check the scoring a platform really ships, such as a
 * pipeline that loads evidence, calls the scorer and adjusts the review. The kit needs no test
 * framework: a failed report throws a plain {@link AssertionError}, which every framework reports.
 *
 * <p>Each try draws one piece of evidence from an {@link EvidenceGenerator} with the try's seed and
 * runs every property still unbroken on it; a property stops at its first failure, whose evidence
 * is then shrunk. Try 0 uses the run's seed itself, so a counterexample's seed, given as the seed of
 * a run of one try, reproduces it. Without {@link #seed(long)} a run draws a random seed, which the
 * report shows.
 *
 * <p>Immutable: every option returns a new check, so a configured check can be kept and reused.
 */
public final class PropertyCheck {

    /** The tries per property when {@link #tries(int)} is not given. */
    public static final int DEFAULT_TRIES = 200;

    private final Rubric rubric;
    private final Function<Evidence, Review> scoring;
    private final Optional<Function<Rubric, Function<Evidence, Review>>> compile;
    private final int tries;
    private final long seed;
    private final Optional<BigDecimal> maxCliff;
    private final Set<ScoringProperty> properties;
    private final EvidenceGenerator generator;

    private PropertyCheck(Rubric rubric, Function<Evidence, Review> scoring, Optional<Function<Rubric, Function<Evidence, Review>>> compile,
                          int tries, long seed, Optional<BigDecimal> maxCliff, Set<ScoringProperty> properties,
                          EvidenceGenerator generator) {
        this.rubric = rubric;
        this.scoring = scoring;
        this.compile = compile;
        this.tries = tries;
        this.seed = seed;
        this.maxCliff = maxCliff;
        this.properties = properties.isEmpty() ? EnumSet.noneOf(ScoringProperty.class) : EnumSet.copyOf(properties);
        this.generator = generator;
    }

    /**
     * A check of a rubric scored by the library's {@link Scorer}, with every property,
     * {@value #DEFAULT_TRIES} tries, a random seed, the rubric's declared cliff limit and the
     * default {@link EvidenceGenerator}.
     *
     * @param rubric the rubric
     * @return the check
     */
    public static PropertyCheck of(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        Function<Rubric, Function<Evidence, Review>> library = r -> Scorer.of(r)::score;
        return new PropertyCheck(rubric, library.apply(rubric), Optional.of(library), DEFAULT_TRIES, new SplittableRandom().nextLong(),
                Optional.empty(), EnumSet.allOf(ScoringProperty.class), EvidenceGenerator.of(rubric));
    }

    /**
     * A copy trying this many pieces of evidence per property.
     *
     * @param count at least 1
     * @return a new check
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public PropertyCheck tries(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("tries is " + count + ", at least 1 is needed");
        }
        return new PropertyCheck(rubric, scoring, compile, count, seed, maxCliff, properties, generator);
    }

    /**
     * A copy with this seed; the same seed, rubric and options check the same evidence.
     *
     * @param value any seed
     * @return a new check
     */
    public PropertyCheck seed(long value) {
        return new PropertyCheck(rubric, scoring, compile, tries, value, maxCliff, properties, generator);
    }

    /**
     * A copy that checks cliffs against this limit instead of the rubric's declared
     * {@code maxCliff}, for a rubric that declares none (or a stricter test of one that does).
     *
     * @param overallPoints the largest jump of the overall allowed for a tiny change of one quota actual
     * @return a new check
     * @throws IllegalArgumentException if the limit is negative or not finite
     */
    public PropertyCheck maxCliff(double overallPoints) {
        if (Double.isNaN(overallPoints) || Double.isInfinite(overallPoints) || overallPoints < 0) {
            throw new IllegalArgumentException("cliff limit is " + overallPoints + ", a finite number of 0 or more is needed");
        }
        return new PropertyCheck(rubric, scoring, compile, tries, seed, Optional.of(Decimals.normal(BigDecimal.valueOf(overallPoints))),
                properties, generator);
    }

    /**
     * A copy that checks cliffs against this exact limit instead of the rubric's declared one.
     *
     * @param overallPoints the largest jump of the overall allowed for a tiny change of one quota actual
     * @return a new check
     * @throws IllegalArgumentException if the limit is negative
     */
    public PropertyCheck maxCliff(BigDecimal overallPoints) {
        if (overallPoints.signum() < 0) {
            throw new IllegalArgumentException("cliff limit is " + overallPoints.toPlainString() + ", 0 or more is needed");
        }
        return new PropertyCheck(rubric, scoring, compile, tries, seed, Optional.of(Decimals.normal(overallPoints)), properties,
                generator);
    }

    /**
     * A copy that checks this scoring function instead of the library's scorer: the pipeline a
     * platform really ships. It must score evidence for this rubric; the kit cannot rescore a
     * rubric with scaled targets through it, so {@link ScoringProperty#UNIT_BLIND} is skipped
     * unless {@link #compiledBy(Function)} is given instead.
     *
     * @param function evidence to review, such as {@code pipeline::review}
     * @return a new check
     */
    public PropertyCheck scoredBy(Function<Evidence, Review> function) {
        Objects.requireNonNull(function, "function");
        return new PropertyCheck(rubric, function, Optional.empty(), tries, seed, maxCliff, properties, generator);
    }

    /**
     * A copy that checks the scoring function this makes of a rubric: of the rubric under check,
     * and, for {@link ScoringProperty#UNIT_BLIND}, of a copy whose targets are in another unit.
     *
     * @param compiler rubric to scoring function, such as {@code r -> Scorer.of(r)::score}
     * @return a new check
     */
    public PropertyCheck compiledBy(Function<Rubric, Function<Evidence, Review>> compiler) {
        Objects.requireNonNull(compiler, "compiler");
        return new PropertyCheck(rubric, Objects.requireNonNull(compiler.apply(rubric), "scoring function"), Optional.of(compiler),
                tries, seed, maxCliff, properties, generator);
    }

    /**
     * A copy checking only these properties.
     *
     * @param chosen one or more properties
     * @return a new check
     * @throws IllegalArgumentException if none is given
     */
    public PropertyCheck only(ScoringProperty... chosen) {
        if (chosen.length == 0) {
            throw new IllegalArgumentException("name at least one property to check");
        }
        return new PropertyCheck(rubric, scoring, compile, tries, seed, maxCliff, EnumSet.copyOf(List.of(chosen)), generator);
    }

    /**
     * A copy drawing evidence from this generator, configured for the same rubric.
     *
     * @param evidence the generator
     * @return a new check
     * @throws IllegalArgumentException if the generator is for another rubric
     */
    public PropertyCheck generator(EvidenceGenerator evidence) {
        if (!evidence.rubric().equals(rubric)) {
            throw new IllegalArgumentException("the generator is for rubric " + evidence.rubric().id() + ", not for " + rubric.id());
        }
        return new PropertyCheck(rubric, scoring, compile, tries, seed, maxCliff, properties, evidence);
    }

    /**
     * The seed this check runs with.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The cliff limit the check applies: the one given to the kit, else the rubric's declared one.
     *
     * @return the limit in overall points, or empty if there is none (the cliff property is then skipped)
     */
    public Optional<BigDecimal> cliffLimit() {
        return maxCliff.or(() -> rubric.fairness().maxCliff());
    }

    /**
     * Runs every chosen property.
     *
     * @return the report
     */
    public PropertyReport run() {
        Probes probes = new Probes(rubric, scoring, compile, cliffLimit(), generator);
        Shrinker shrinker = new Shrinker(rubric);
        Map<ScoringProperty, PropertyVerdict> verdicts = new EnumMap<>(ScoringProperty.class);
        List<ScoringProperty> open = new ArrayList<>();
        for (ScoringProperty p : properties) {
            Optional<String> skipped = probes.skipped(p);
            if (skipped.isPresent()) {
                verdicts.put(p, new PropertyVerdict(p, PropertyVerdict.Status.SKIPPED, 0, Optional.empty(), skipped.get()));
            } else {
                open.add(p);
            }
        }
        for (int i = 0; i < tries && !open.isEmpty(); i++) {
            long trySeed = Seeds.forTry(seed, i);
            Evidence evidence = generate(trySeed);
            for (ScoringProperty p : List.copyOf(open)) {
                long variation = Seeds.forProperty(trySeed, p);
                Optional<Violation> found = probes.probe(p, evidence, variation);
                if (found.isPresent()) {
                    Shrinker.Result shrunk = shrinker.shrink(evidence, found.get(), e -> probes.probe(p, e, variation));
                    Violation v = shrunk.violation();
                    Counterexample c = new Counterexample(p, v.finding(), v.evidence(), v.variant(), trySeed, i, shrunk.steps());
                    verdicts.put(p, new PropertyVerdict(p, PropertyVerdict.Status.FAILED, i + 1, Optional.of(c), ""));
                    open.remove(p);
                }
            }
        }
        for (ScoringProperty p : open) {
            verdicts.put(p, new PropertyVerdict(p, PropertyVerdict.Status.PASSED, tries, Optional.empty(), probes.note(p)));
        }
        return new PropertyReport(rubric.id(), rubric.version(), seed, tries, List.copyOf(verdicts.values()));
    }

    /**
     * Runs one property, whatever {@link #only(ScoringProperty...)} chose.
     *
     * @param property the property
     * @return its verdict
     */
    public PropertyVerdict check(ScoringProperty property) {
        return only(property).run().verdict(property).orElseThrow();
    }

    /**
     * Runs every chosen property and throws unless all hold: the one line a test needs.
     *
     * @throws AssertionError with the rendered report, if a property failed
     */
    public void assertFair() {
        run().assertFair();
    }

    private Evidence generate(long trySeed) {
        try {
            return generator.generate(trySeed);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the evidence generator failed for rubric " + rubric.id() + " with seed " + trySeed, e);
        }
    }
}
