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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.blendscore.number.Fraction;
import org.blendscore.analysis.MeasureAnalysis;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;

/**
 * The probes of the fairness properties: each scores a piece of evidence and a variant of it (or
 * the evidence alone) and reports a {@link Violation} when the relation the property promises does
 * not hold. A probe is deterministic in its evidence and its seed, so that shrinking can run it again.
 */
final class Probes {

    private final Rubric rubric;
    private final RubricAnalysis analysis;
    private final WithholdingProbe withholding;
    private final MonotoneProbe monotone;
    private final OrderProbe order;
    private final Function<Evidence, Review> scoring;
    private final Optional<Function<Rubric, Function<Evidence, Review>>> compile;
    private final Optional<BigDecimal> maxCliff;
    private final EvidenceGenerator generator;
    private final Map<BigDecimal, Function<Evidence, Review>> scaled = new ConcurrentHashMap<>();

    Probes(Rubric rubric, Function<Evidence, Review> scoring, Optional<Function<Rubric, Function<Evidence, Review>>> compile,
           Optional<BigDecimal> maxCliff, EvidenceGenerator generator) {
        this.rubric = rubric;
        this.analysis = RubricAnalysis.of(rubric);
        this.withholding = new WithholdingProbe(rubric, scoring, analysis);
        this.monotone = new MonotoneProbe(rubric, scoring);
        this.order = new OrderProbe(rubric, scoring);
        this.scoring = scoring;
        this.compile = compile;
        this.maxCliff = maxCliff;
        this.generator = generator;
    }

    /** Why a property cannot be checked, if it cannot. */
    Optional<String> skipped(ScoringProperty p) {
        if (p == ScoringProperty.UNIT_BLIND && compile.isEmpty()) {
            return Optional.of("the kit scores with one fixed function, so it cannot rescore a rubric with scaled targets;"
                    + " give PropertyCheck.compiledBy(rubric -> ...) to check it");
        }
        if (p == ScoringProperty.UNIT_BLIND && rubric.measures().stream().noneMatch(QuotaMeasure.class::isInstance)) {
            return Optional.of("the rubric has no quota measure, so it has no amounts to scale");
        }
        if (p == ScoringProperty.NO_CLIFF_ABOVE_LIMIT && maxCliff.isEmpty()) {
            return Optional.of("the rubric declares no maxCliff and none was given to the kit (PropertyCheck.maxCliff)");
        }
        if (p == ScoringProperty.NO_CLIFF_ABOVE_LIMIT && rubric.measures().stream().noneMatch(QuotaMeasure.class::isInstance)) {
            return Optional.of("the rubric has no quota measure, so nothing changes by a tiny amount");
        }
        if (p == ScoringProperty.WITHHOLDING_BOUNDED) {
            return withholding.skipped();
        }
        return Optional.empty();
    }

    /** What a pass covered, for the report. */
    String note(ScoringProperty p) {
        if (p == ScoringProperty.NO_CLIFF_ABOVE_LIMIT) {
            return "limit " + Decimals.plain(maxCliff.orElseThrow()) + " overall points";
        }
        if (p == ScoringProperty.BOUNDED) {
            return "overall " + bound(analysis.lowestOverall()) + ".." + bound(analysis.highestOverall());
        }
        return "";
    }

    private String bound(Optional<Fraction> f) {
        return f.map(x -> x.toBigDecimal(rubric.scale()).toPlainString()).orElse("unbounded");
    }

    Optional<Violation> probe(ScoringProperty p, Evidence e, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try {
            return switch (p) {
                case BOUNDED -> bounded(e);
                case MONOTONE -> monotone.probe(e, random);
                case NA_NEUTRAL -> naNeutral(e, random);
                case SUBJECT_BLIND -> subjectBlind(e, random);
                case ORDER_BLIND -> order.probe(e, random);
                case DETERMINISTIC -> deterministic(e);
                case UNIT_BLIND -> unitBlind(e, random);
                case NO_CLIFF_ABOVE_LIMIT -> cliff(e, random);
                case WITHHOLDING_BOUNDED -> withholding.probe(e, random);
            };
        } catch (Scored.Failure f) {
            return Optional.of(new Violation("scoring threw " + f.getCause().getClass().getSimpleName() + ": "
                    + firstLine(f.getCause().getMessage()) + " (" + f.what + ")", f.evidence, Optional.empty(),
                    Optional.of(f.getCause().getClass())));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl) + " ...";
    }

    /** Scoring that turns what the scoring function throws into a failure naming the evidence. */
    static final class Scored {

        /** Scoring threw. */
        static final class Failure extends RuntimeException {
            private static final long serialVersionUID = 1L;
            private final transient Evidence evidence;
            private final String what;

            Failure(Evidence evidence, String what, RuntimeException cause) {
                super(cause);
                this.evidence = evidence;
                this.what = what;
            }
        }

        static Review score(Function<Evidence, Review> f, Evidence e, String what) {
            try {
                Review r = f.apply(e);
                if (r == null) {
                    throw new IllegalStateException("the scoring function returned null");
                }
                return r;
            } catch (RuntimeException ex) {
                throw new Failure(e, what, ex);
            }
        }
    }

    private Review score(Evidence e, String what) {
        return Scored.score(scoring, e, what);
    }

    // ---- bounded ----

    private Optional<Violation> bounded(Evidence e) {
        Review r = score(e, "scoring the evidence");
        int scale = rubric.scale();
        Optional<BigDecimal> lo = analysis.lowestOverall().map(f -> f.toBigDecimal(scale));
        Optional<BigDecimal> hi = analysis.highestOverall().map(f -> f.toBigDecimal(scale));
        if (lo.isPresent() && r.overall().compareTo(lo.get()) < 0) {
            return Optional.of(Violation.of("the overall " + r.overall().toPlainString() + " is below the lowest the rubric allows, "
                    + lo.get().toPlainString(), e));
        }
        if (hi.isPresent() && r.overall().compareTo(hi.get()) > 0) {
            return Optional.of(Violation.of("the overall " + r.overall().toPlainString() + " is above the highest the rubric allows, "
                    + hi.get().toPlainString(), e));
        }
        for (MeasureResult m : r.measures()) {
            Optional<MeasureAnalysis> ma = analysis.measure(m.id());
            if (m.points().isEmpty() || ma.isEmpty()) {
                continue;
            }
            BigDecimal points = m.points().get();
            Optional<BigDecimal> min = ma.get().minPoints().map(f -> f.toBigDecimal(scale));
            Optional<BigDecimal> max = ma.get().maxPoints().map(f -> f.toBigDecimal(scale));
            if (min.isPresent() && points.compareTo(min.get()) < 0) {
                return Optional.of(Violation.of(m.id() + " scored " + points.toPlainString() + " points, below its lowest, "
                        + min.get().toPlainString(), e));
            }
            if (max.isPresent() && points.compareTo(max.get()) > 0) {
                return Optional.of(Violation.of(m.id() + " scored " + points.toPlainString() + " points, above its highest, "
                        + max.get().toPlainString(), e));
            }
        }
        return Optional.empty();
    }

    // ---- N/A ----

    private Optional<Violation> naNeutral(Evidence e, SplittableRandom random) {
        List<MonotoneProbe.Better> ways = new ArrayList<>();
        for (Measure m : rubric.measures()) {
            if (!(m instanceof RatingMeasure rm)) {
                continue;
            }
            MeasureEvidence me = e.measures().get(m.id());
            if (me != null && !(me instanceof Ratings)) {
                continue;
            }
            List<Rating> ratings = me == null ? List.of() : ((Ratings) me).ratings();
            RatingSource source = EvidenceGenerator.pick(random, rm.sources());
            String rater = freshRater(ratings, source.name());
            List<Rating> added = new ArrayList<>(ratings);
            added.add(EvidenceGenerator.between(random, 0, added.size()), Rating.notApplicable(rater, source.name()));
            ways.add(new MonotoneProbe.Better("adding an N/A rating by " + source.name() + "/" + rater + " to " + m.id()
                    + (me == null ? ", which had no evidence," : ""), Edits.withMeasure(e, m.id(), new Ratings(added))));
            for (int i = 0; i < ratings.size(); i++) {
                if (ratings.get(i).isNotApplicable()) {
                    List<Rating> removed = new ArrayList<>(ratings);
                    Rating gone = removed.remove(i);
                    ways.add(new MonotoneProbe.Better("removing the N/A rating by " + gone.source() + "/" + gone.raterId() + " from " + m.id(),
                            Edits.withMeasure(e, m.id(), new Ratings(removed))));
                }
            }
        }
        if (ways.isEmpty()) {
            return Optional.empty();
        }
        MonotoneProbe.Better way = EvidenceGenerator.pick(random, ways);
        return same(e, way.evidence(), way.what(), score(e, "scoring the evidence"),
                score(way.evidence(), way.what()));
    }

    private static String freshRater(List<Rating> ratings, String source) {
        Set<String> taken = ratings.stream().filter(r -> r.source().equals(source)).map(Rating::raterId).collect(Collectors.toSet());
        int n = 1;
        while (taken.contains("na-" + n)) {
            n++;
        }
        return "na-" + n;
    }

    static Optional<Violation> same(Evidence e, Evidence variant, String what, Review a, Review b) {
        return Outcomes.difference(a, b).map(d -> Violation.of(what + " changed " + d, e, variant));
    }

    // ---- subject ----

    private Optional<Violation> subjectBlind(Evidence e, SplittableRandom random) {
        List<String> others = subjectPool().stream().filter(x -> !x.equals(e.subjectId())).toList();
        String other = EvidenceGenerator.pick(random, others);
        Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
        attributes.put("team", EvidenceGenerator.pick(random, List.of("north", "south", "east", "west")));
        attributes.put(EvidenceGenerator.pick(random, List.of("gender", "age", "ethnicity", "disability", "tenure")),
                EvidenceGenerator.pick(random, List.of("f", "m", "x", "41", "63", "yes", "no")));
        String renaming = "renaming subject '" + e.subjectId() + "' to '" + other + "'";
        String changing = "changing the attributes to " + new java.util.TreeMap<>(attributes);
        Review base = score(e, "scoring the evidence");
        // the simplest change first, so that a counterexample names just what matters: renames that each vary one
        // thing a pipeline can read of an id (case, length, digits, letters, prefix), then another subject's id
        Optional<Violation> v = Optional.empty();
        for (String variant : SubjectRenames.of(e.subjectId())) {
            String text = "renaming subject '" + e.subjectId() + "' to '" + variant + "'";
            Evidence varied = e.withSubjectId(variant);
            v = same(e, varied, text, base, score(varied, text));
            if (v.isPresent()) {
                return v;
            }
        }
        Evidence renamed = e.withSubjectId(other);
        v = same(e, renamed, renaming, base, score(renamed, renaming));
        if (v.isEmpty()) {
            Evidence relabelled = e.withAttributes(attributes);
            v = same(e, relabelled, changing, base, score(relabelled, changing));
        }
        if (v.isEmpty()) {
            Evidence both = renamed.withAttributes(attributes);
            v = same(e, both, renaming + " and " + changing, base, score(both, renaming + " and " + changing));
        }
        return v;
    }

    /** The ids a subject is renamed to: the generator's subjects, then the default pool, each once. */
    private List<String> subjectPool() {
        Set<String> pool = new LinkedHashSet<>(generator.subjectPool());
        pool.addAll(EvidenceGenerator.DEFAULT_SUBJECTS);
        return List.copyOf(pool);
    }

    // ---- deterministic ----

    private Optional<Violation> deterministic(Evidence e) {
        Review first = score(e, "scoring the evidence");
        Review again = score(e, "scoring the evidence again");
        if (!first.equals(again)) {
            return Optional.of(Violation.of("scoring the same evidence twice changed " + Outcomes.difference(first, again)
                    .orElse("the review (its inputs, provenance or wording)"), e));
        }
        Evidence copy = Edits.copy(e);
        Review ofCopy = score(copy, "scoring an equal copy");
        if (!first.equals(ofCopy)) {
            return Optional.of(Violation.of("scoring an equal copy of the evidence changed " + Outcomes.difference(first, ofCopy)
                    .orElse("the review (its inputs, provenance or wording)"), e, copy));
        }
        return Optional.empty();
    }

    // ---- units ----

    private Optional<Violation> unitBlind(Evidence e, SplittableRandom random) {
        BigDecimal k = EvidenceGenerator.pick(random, Scaling.constants(rubric));
        Function<Evidence, Review> rescored = scaled.computeIfAbsent(k, x -> compile.orElseThrow().apply(Scaling.rubric(rubric, x)));
        Evidence variant = Scaling.evidence(e, k);
        String what = "multiplying every amount and target by " + Decimals.plain(k);
        return same(e, variant, what, score(e, "scoring the evidence"), Scored.score(rescored, variant, what));
    }

    // ---- cliffs ----

    private Optional<Violation> cliff(Evidence e, SplittableRandom random) {
        List<QuotaMeasure> quotas = rubric.measures().stream().filter(QuotaMeasure.class::isInstance).map(QuotaMeasure.class::cast)
                .toList();
        Evidence complete = generator.complete(e, random);
        QuotaMeasure q = EvidenceGenerator.pick(random, quotas);
        return new CliffSearch(scoring, rubric.scale(), complete, q, maxCliff.orElseThrow(), random).run();
    }

}
