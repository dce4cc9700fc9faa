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
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.analysis.WithholdingExposure;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;

/**
 * The probe of {@link ScoringProperty#WITHHOLDING_BOUNDED}: leaves out one withholdable measure's
 * evidence, or a whole withholdable section's, and checks that the overall rises by no more than
 * the rubric's declared {@code maxWithholdingGain} and the analysis's exposure of what was left out
 * (one unit at the rubric's scale allowed for the two roundings), and that no guard that held
 * before, and that the analysis does not list as escapable, lets the band rise above its cap.
 */
final class WithholdingProbe {

    private final Rubric rubric;
    private final Function<Evidence, Review> scoring;
    private final RubricAnalysis analysis;

    WithholdingProbe(Rubric rubric, Function<Evidence, Review> scoring, RubricAnalysis analysis) {
        this.rubric = rubric;
        this.scoring = scoring;
        this.analysis = analysis;
    }

    /** Why the property cannot be checked: nothing can be withheld. */
    Optional<String> skipped() {
        return analysis.withholding().stream().anyMatch(WithholdingExposure::withholdable) ? Optional.empty()
                : Optional.of("no measure or section of the rubric can be left out (its policies count missing evidence as zero or reject it)");
    }

    Optional<Violation> probe(Evidence e, SplittableRandom random) {
        List<WithholdingExposure> candidates = new ArrayList<>();
        for (WithholdingExposure w : analysis.withholding()) {
            if (w.withholdable() && !ids(w).stream().filter(e.measures()::containsKey).toList().isEmpty()) {
                candidates.add(w);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        WithholdingExposure withheld = EvidenceGenerator.pick(random, candidates);
        Evidence variant = without(e, ids(withheld));
        Review with = Probes.Scored.score(scoring, e, "scoring the evidence");
        Review without;
        try {
            without = scoring.apply(variant);
        } catch (InvalidEvidenceException nothingLeft) {
            return Optional.empty(); // a review that is not scored gains nothing
        }
        String what = "leaving out " + withheld.path();
        BigDecimal rise = without.overall().subtract(with.overall());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(rubric.scale());
        Fraction exact = Fraction.of(rise.subtract(unit));
        Optional<BigDecimal> declared = rubric.fairness().maxWithholdingGain();
        if (declared.isPresent() && exact.compareTo(declared.get()) > 0) {
            return Optional.of(Violation.of(what + " raised the overall from " + with.overall().toPlainString() + " to "
                    + without.overall().toPlainString() + ", more than the declared withholding gain "
                    + declared.get().stripTrailingZeros().toPlainString(), e, variant));
        }
        if (withheld.gain().isPresent() && exact.compareTo(withheld.gain().get()) > 0) {
            return Optional.of(Violation.of(what + " raised the overall from " + with.overall().toPlainString() + " to "
                    + without.overall().toPlainString() + ", more than its exposure "
                    + withheld.gain().get().toBigDecimal(rubric.scale()).toPlainString(), e, variant));
        }
        return guards(with, without, withheld).map(f -> Violation.of(what + ": " + f, e, variant));
    }

    /** A guard that held with the evidence, is not escapable, and no longer caps the band without it. */
    private Optional<String> guards(Review with, Review without, WithholdingExposure withheld) {
        if (without.band().isEmpty()) {
            return Optional.empty();
        }
        List<BandGuard> guards = rubric.guards();
        for (int g = 0; g < guards.size(); g++) {
            BandGuard guard = guards.get(g);
            if (withheld.guardsEscaped().contains(g) || !held(guard.condition(), with)) {
                continue;
            }
            if (index(without.band().get()) < index(guard.capAt())) {
                return Optional.of("guards[" + g + "] (" + guard.condition() + ", at most " + guard.capAt() + ") held, yet the band rose to "
                        + without.band().get());
            }
        }
        return Optional.empty();
    }

    private static boolean held(ScoreCondition c, Review r) {
        Optional<BigDecimal> score = c.scope() == ScoreCondition.Scope.SECTION
                ? r.section(c.ref()).flatMap(SectionResult::score) : r.measure(c.ref()).flatMap(MeasureResult::points);
        return score.isPresent() && c.comparison().holds(score.get(), c.threshold());
    }

    private int index(String label) {
        List<Band> bands = rubric.bands();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).label().equals(label)) {
                return i;
            }
        }
        return bands.size();
    }

    private static Evidence without(Evidence e, List<String> ids) {
        Evidence out = e;
        for (String id : ids) {
            out = Edits.withoutMeasure(out, id);
        }
        return out;
    }

    private List<String> ids(WithholdingExposure w) {
        if (w.scope() == WithholdingExposure.Scope.MEASURE) {
            return List.of(w.id());
        }
        for (Section s : rubric.sections()) {
            if (s.name().equals(w.id())) {
                return s.measures().stream().map(m -> m.id()).toList();
            }
        }
        return List.of();
    }
}
