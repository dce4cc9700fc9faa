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
package org.blendscore.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.review.Coverage;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SectionCoverage;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;

/**
 * Coverage, a stage after the measures are scored: the share of the rubric's nominal weight that had
 * usable evidence, overall and per section, and what was missing. A measure scored from evidence
 * covers its nominal share (its section's declared share times its own); a rating measure covers the
 * part of it that its sources with enough usable ratings carry. It reads the measures' statuses and
 * inputs and writes nothing but the coverage it returns; a review with every measure and source
 * scored gets one coverage made when the rubric was compiled.
 */
final class CoverageCount {

    private static final byte SCORED = (byte) MeasureStatus.SCORED.ordinal();

    private final CompiledSection[] sections;
    /** Each measure's nominal share of the rubric. */
    private final Fraction[] nominal;
    private final Fraction least;
    /** The coverage of a review with every measure and source scored. */
    private final Coverage full;

    CoverageCount(CompiledRubric compiled) {
        this.sections = compiled.sectionArray;
        Fraction sectionSum = Fraction.ZERO;
        for (CompiledSection cs : sections) {
            sectionSum = sectionSum.add(cs.weight());
        }
        this.nominal = new Fraction[compiled.measures.length];
        List<SectionCoverage> whole = new ArrayList<>(sections.length);
        for (CompiledSection cs : sections) {
            Fraction measureSum = Fraction.ZERO;
            for (CompiledMeasure cm : cs.measures()) {
                measureSum = measureSum.add(cm.weight);
            }
            Fraction share = cs.weight().divide(sectionSum);
            for (int k = 0; k < cs.measures().size(); k++) {
                nominal[cs.first() + k] = share.multiply(cs.measures().get(k).weight.divide(measureSum));
            }
            whole.add(new SectionCoverage(cs.section().name(), Fraction.ONE));
        }
        this.least = Fraction.of(compiled.rubric.bandRules().leastCoverage()).divide(Fraction.HUNDRED);
        this.full = new Coverage(Fraction.ONE, whole, List.of(), least);
    }

    /**
     * The coverage of the review whose measures the slots hold.
     *
     * @param all the measures' slots, with their statuses and missing reasons settled
     * @param inputs the measures' inputs
     * @return the coverage
     */
    Coverage of(MeasureSlot[] all, MeasureInput[] inputs) {
        if (whole(all, inputs)) {
            return full;
        }
        Fraction overall = Fraction.ZERO;
        List<SectionCoverage> bySection = new ArrayList<>(sections.length);
        List<MissingEvidence> missing = new ArrayList<>();
        for (CompiledSection cs : sections) {
            Fraction covered = Fraction.ZERO;
            Fraction sectionNominal = Fraction.ZERO;
            String name = cs.section().name();
            for (int m = cs.first(); m < cs.first() + cs.measures().size(); m++) {
                MeasureSlot slot = all[m];
                sectionNominal = sectionNominal.add(nominal[m]);
                if (slot.status != SCORED) {
                    missing.add(new MissingEvidence(name, slot.measure.id, Optional.empty(),
                            slot.missingReason != null ? slot.missingReason : WarningMessages.noUsableEvidence(), nominal[m]));
                } else if (inputs[m] instanceof RatingInput ri) {
                    covered = covered.add(sources(name, slot.measure.id, ri, nominal[m], missing));
                } else {
                    covered = covered.add(nominal[m]);
                }
            }
            overall = overall.add(covered);
            bySection.add(new SectionCoverage(name, covered.divide(sectionNominal)));
        }
        return new Coverage(overall, bySection, missing, least);
    }

    /** Whether every measure and every rating source was scored. */
    private static boolean whole(MeasureSlot[] all, MeasureInput[] inputs) {
        for (int m = 0; m < all.length; m++) {
            if (all[m].status != SCORED) {
                return false;
            }
            if (inputs[m] instanceof RatingInput ri) {
                for (SourceResult s : ri.sources()) {
                    if (s.status() != SourceStatus.SCORED) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The covered part of a scored rating measure's nominal share; each source short of its minimum is missing. */
    private static Fraction sources(String section, String measureId, RatingInput ri, Fraction share, List<MissingEvidence> missing) {
        Fraction sum = Fraction.ZERO;
        for (SourceResult s : ri.sources()) {
            sum = sum.add(Fraction.of(s.weight()));
        }
        Fraction covered = Fraction.ZERO;
        for (SourceResult s : ri.sources()) {
            Fraction part = share.multiply(Fraction.of(s.weight()).divide(sum));
            if (s.status() == SourceStatus.SCORED) {
                covered = covered.add(part);
            } else {
                missing.add(new MissingEvidence(section, measureId, Optional.of(s.source()), s.withheld()
                        ? WarningMessages.withheldReason(s.anonymity().orElseThrow().minRaters())
                        : WarningMessages.sourceShort(s.usable(), s.minRatings()), part));
            }
        }
        return covered;
    }
}
