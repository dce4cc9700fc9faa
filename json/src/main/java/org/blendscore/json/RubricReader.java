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
package org.blendscore.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetRules;

/**
 * Reads a {@value JsonFormat#RUBRIC} document: its members, sections (with the section and measure
 * count limits checked before any measure is read), bands, guards, fairness and band rules, then has
 * the core build the rubric and maps the core's own problems to JSON Pointers.
 */
final class RubricReader {

    static final Set<String> MEMBERS = Set.of("format", "id", "version", "effective", "scale", "missingEvidence", "sections",
            "bands", "guards", "targets", "fairness", "bandRules", "cases");
    private static final int DEFAULT_SCALE = 2;
    private static final int MOST = 1_000;

    private RubricReader() {
    }

    /** The rubric and its verification cases; every problem of both reported at once. */
    static RubricDocument document(Cursor in) {
        in.object(MEMBERS);
        String id = in.required("id", Cursor::text);
        String version = in.required("version", Cursor::text);
        DateRange effective = in.required("effective", TargetRulesReader::range);
        Integer scale = Parts.orElse(in.optional("scale", Cursor::integer), DEFAULT_SCALE);
        MissingEvidencePolicy policy = Parts.orElse(in.optional("missingEvidence", c -> c.enumOf(MissingEvidencePolicy.class)),
                MissingEvidencePolicy.LEAVE_OUT);
        List<Section> sections = in.required("sections", RubricReader::sections);
        List<Band> bands = in.required("bands", c -> c.list(MOST, "bands", RubricReader::band));
        List<BandGuard> guards = Parts.orElse(in.optional("guards", c -> c.list(MOST, "guards", RubricReader::guard)), List.of());
        TargetRules targets = Parts.orElse(in.optional("targets", TargetRulesReader::targets), TargetRules.none());
        FairnessRules fairness = Parts.orElse(in.optional("fairness", RubricReader::fairness), FairnessRules.defaults());
        BandRules bandRules = Parts.orElse(in.optional("bandRules", RubricReader::bandRules), BandRules.defaults());
        List<VerificationCase> cases = Parts.orElse(in.optional("cases", CasesReader::cases), List.of());
        in.problems().throwIfAny();
        try {
            return new RubricDocument(new Rubric(id, version, effective, sections, bands, guards, policy, scale, targets,
                    fairness, bandRules), cases);
        } catch (InvalidRubricException e) {
            for (RubricProblem p : e.problems()) {
                CorePaths.Located at = CorePaths.locate(in, p.path());
                in.problems().add(at.pointer(), Messages.core(at.unresolved(), p.message()));
            }
            throw in.problems().exception();
        }
    }

    private static List<Section> sections(Cursor in) {
        List<Cursor> elements = in.elements(in.limits().maxSections(), "sections");
        if (elements == null) {
            return null;
        }
        int measures = 0;
        for (Cursor s : elements) {
            Cursor m = s.isObject() ? s.optional("measures") : null;
            measures += m == null ? 0 : m.size();
        }
        if (measures > in.limits().maxMeasures()) {
            in.problem(Messages.tooMany("measures in all sections", measures, in.limits().maxMeasures()));
            return null;
        }
        return in.list(in.limits().maxSections(), "sections", RubricReader::section);
    }

    private static Section section(Cursor in) {
        if (!in.object(Set.of("name", "weight", "measures", "missingEvidence"))) {
            return null;
        }
        String name = in.required("name", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        List<Measure> measures = in.required("measures", c -> c.list(in.limits().maxMeasures(), "measures", MeasureReader::measure));
        Optional<MissingEvidencePolicy> policy = MeasureReader.policy(in);
        return Parts.build(in, () -> new Section(name, weight, measures, policy), name, weight, measures, policy);
    }

    private static Band band(Cursor in) {
        if (!in.object(Set.of("label", "lowerBound"))) {
            return null;
        }
        String label = in.required("label", Cursor::text);
        BigDecimal lower = in.required("lowerBound", Cursor::decimal);
        return Parts.build(in, () -> new Band(label, lower), label, lower);
    }

    private static BandGuard guard(Cursor in) {
        if (!in.object(Set.of("condition", "capAt", "failOpen"))) {
            return null;
        }
        ScoreCondition condition = in.required("condition", RubricReader::condition);
        String capAt = in.required("capAt", Cursor::text);
        Boolean failOpen = Parts.orElse(in.optional("failOpen", Cursor::bool), false);
        return Parts.build(in, () -> new BandGuard(condition, capAt, failOpen), condition, capAt, failOpen);
    }

    private static ScoreCondition condition(Cursor in) {
        if (!in.object(Set.of("scope", "ref", "comparison", "threshold"))) {
            return null;
        }
        ScoreCondition.Scope scope = in.required("scope", c -> c.enumOf(ScoreCondition.Scope.class));
        String ref = in.required("ref", Cursor::text);
        Comparison comparison = in.required("comparison", c -> c.enumOf(Comparison.class));
        BigDecimal threshold = in.required("threshold", Cursor::decimal);
        return Parts.build(in, () -> new ScoreCondition(scope, ref, comparison, threshold), scope, ref, comparison, threshold);
    }

    private static FairnessRules fairness(Cursor in) {
        if (!in.object(Set.of("minQualitativeShare", "maxMeasureShare", "maxCliff", "curvesNonDecreasing", "noTierGaps",
                "maxWithholdingGain"))) {
            return null;
        }
        FairnessRules none = FairnessRules.defaults();
        Optional<BigDecimal> minQualitative = in.optional("minQualitativeShare", Cursor::decimal);
        Optional<BigDecimal> maxShare = in.optional("maxMeasureShare", Cursor::decimal);
        Optional<BigDecimal> maxCliff = in.optional("maxCliff", Cursor::decimal);
        Boolean curves = Parts.orElse(in.optional("curvesNonDecreasing", Cursor::bool), none.curvesNonDecreasing());
        Boolean gaps = Parts.orElse(in.optional("noTierGaps", Cursor::bool), none.noTierGaps());
        Optional<BigDecimal> withholding = in.optional("maxWithholdingGain", Cursor::decimal);
        return Parts.build(in, () -> new FairnessRules(minQualitative, maxShare, maxCliff, curves, gaps, withholding),
                minQualitative, maxShare, maxCliff, curves, gaps, withholding);
    }

    private static BandRules bandRules(Cursor in) {
        if (!in.object(Set.of("leastCoverage", "belowLeastCoverage", "reading"))) {
            return null;
        }
        BandRules defaults = BandRules.defaults();
        BigDecimal least = Parts.orElse(in.optional("leastCoverage", Cursor::decimal), defaults.leastCoverage());
        BandRules.IncompleteBand below = Parts.orElse(in.optional("belowLeastCoverage",
                c -> c.enumOf(BandRules.IncompleteBand.class)), defaults.belowLeastCoverage());
        BandRules.BandReading reading = Parts.orElse(in.optional("reading", c -> c.enumOf(BandRules.BandReading.class)),
                defaults.reading());
        return Parts.build(in, () -> new BandRules(least, below, reading), least, below, reading);
    }
}
