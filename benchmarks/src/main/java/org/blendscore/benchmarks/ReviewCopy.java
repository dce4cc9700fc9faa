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
package org.blendscore.benchmarks;

import java.util.List;
import org.blendscore.evidence.Rating;
import org.blendscore.review.Coverage;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MilestoneCredit;
import org.blendscore.review.MilestoneInput;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionCoverage;
import org.blendscore.review.SectionResult;
import org.blendscore.review.SourceResult;
import org.blendscore.review.TargetStep;

/**
 * A review built again from a finished one through the public constructors, every record and list
 * new, every leaf (number, string, rating, warning, provenance) shared: what the review's shape alone
 * costs to build, with no scoring, no checks and no fingerprint. A scorer that builds this review
 * cannot build it for less, since it must also make the numbers it shares here.
 */
final class ReviewCopy {

    private ReviewCopy() {
    }

    static Review of(Review r) {
        SectionResult[] sections = new SectionResult[r.sections().size()];
        for (int i = 0; i < sections.length; i++) {
            SectionResult s = r.sections().get(i);
            MeasureResult[] measures = new MeasureResult[s.measures().size()];
            for (int j = 0; j < measures.length; j++) {
                MeasureResult m = s.measures().get(j);
                measures[j] = new MeasureResult(m.id(), m.section(), m.weight(), m.effectiveWeight(), m.points(),
                        m.contribution(), input(m.input()), m.status());
            }
            sections[i] = new SectionResult(s.name(), s.weight(), s.effectiveWeight(), s.score(), s.contribution(), list(measures));
        }
        Reason[] reasons = new Reason[r.reasons().size()];
        for (int i = 0; i < reasons.length; i++) {
            Reason x = r.reasons().get(i);
            reasons[i] = new Reason(x.measureId(), x.section(), x.impact(), x.points(), x.countedAsZero());
        }
        return new Review(r.subjectId(), r.period(), r.overall(), r.band(), r.bandBeforeGuards(), list(sections),
                list(reasons), List.copyOf(r.warnings()), r.provenance(), r.interimAsOf(), coverage(r.coverage()));
    }

    /**
     * The immutable list of {@code items}, made as cheaply as the JDK allows: one or two items need no
     * array, and the constructors' {@code List.copyOf} keeps an immutable list as it is.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, into an immutable list
    private static <T> List<T> list(T... items) {
        return switch (items.length) {
            case 0 -> List.of();
            case 1 -> List.of(items[0]);
            case 2 -> List.of(items[0], items[1]);
            default -> List.of(items);
        };
    }

    private static MeasureInput input(MeasureInput input) {
        if (input instanceof QuotaInput q) {
            return new QuotaInput(q.actual(), q.target(), q.unit(), q.direction(), q.attainment(), q.rule(),
                    steps(q.targetSteps()), steps(q.actualSteps()), q.pacing(), q.basis());
        }
        if (input instanceof RatingInput r) {
            SourceResult[] sources = new SourceResult[r.sources().size()];
            for (int i = 0; i < sources.length; i++) {
                SourceResult s = r.sources().get(i);
                sources[i] = new SourceResult(s.source(), s.weight(), s.effectiveWeight(), list(s.ratings().toArray(Rating[]::new)),
                        s.usable(), s.minRatings(), s.value(), s.points(), s.status(), s.anonymity(), s.withheld(),
                        s.calibrated(), s.rawValue(), s.rawPoints(), s.offsets());
            }
            return new RatingInput(list(sources), r.aggregation());
        }
        if (input instanceof MilestoneInput m) {
            MilestoneCredit[] credits = new MilestoneCredit[m.credits().size()];
            for (int i = 0; i < credits.length; i++) {
                MilestoneCredit c = m.credits().get(i);
                credits[i] = new MilestoneCredit(c.id(), c.detail(), c.points());
            }
            return new MilestoneInput(list(credits), m.capped());
        }
        return input;
    }

    private static List<TargetStep> steps(List<TargetStep> steps) {
        TargetStep[] copy = new TargetStep[steps.size()];
        for (int i = 0; i < copy.length; i++) {
            TargetStep t = steps.get(i);
            copy[i] = new TargetStep(t.label(), t.operator(), t.value(), t.result(), t.detail());
        }
        return list(copy);
    }

    private static Coverage coverage(Coverage c) {
        SectionCoverage[] sections = new SectionCoverage[c.sections().size()];
        for (int i = 0; i < sections.length; i++) {
            SectionCoverage s = c.sections().get(i);
            sections[i] = new SectionCoverage(s.section(), s.covered());
        }
        MissingEvidence[] missing = new MissingEvidence[c.missing().size()];
        for (int i = 0; i < missing.length; i++) {
            MissingEvidence m = c.missing().get(i);
            missing[i] = new MissingEvidence(m.section(), m.measureId(), m.source(), m.reason(), m.nominalShare());
        }
        return new Coverage(c.overall(), list(sections), list(missing), c.leastForBand());
    }
}
