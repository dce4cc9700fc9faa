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
package org.blendscore.revision;

import java.util.List;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;

/**
 * Walks two rubrics side by side and lists what was added, removed or changed: the rubric's own
 * settings, target rules, fairness rules, coverage, bands, guards, then each section and its
 * measures ({@link MeasureDiff}). Parts are matched by id or name, in time linear in the rubrics.
 */
final class StructuralDiff {

    private StructuralDiff() {
    }

    static List<Change> between(Rubric before, Rubric after) {
        Changes c = new Changes();
        c.value("id", before.id(), after.id());
        c.value("version", before.version(), after.version());
        c.value("effective", before.effective(), after.effective());
        c.value("missingEvidence", before.missingEvidence(), after.missingEvidence());
        c.value("scale", before.scale(), after.scale());
        targets(c, before.targets(), after.targets());
        fairness(c, before.fairness(), after.fairness());
        bandRules(c, before.bandRules(), after.bandRules());
        c.keyed("bands", before.bands(), after.bands(), Band::label, b -> "from " + ValueText.plain(b.lowerBound()),
                (path, b, a) -> c.value(path + ".lowerBound", b.lowerBound(), a.lowerBound()));
        c.keyed("guards", before.guards(), after.guards(), g -> g.condition().toString(), ValueText::guard,
                (path, b, a) -> {
                    c.value(path + ".capAt", b.capAt(), a.capAt());
                    c.value(path + ".failOpen", b.failOpen(), a.failOpen());
                });
        c.keyed("sections", before.sections(), after.sections(), Section::name, ValueText::section,
                (path, b, a) -> section(c, path, b, a));
        return c.list();
    }

    private static void section(Changes c, String path, Section before, Section after) {
        c.value(path + ".weight", before.weight(), after.weight());
        c.value(path + ".missingEvidence", before.missingEvidence(), after.missingEvidence());
        c.keyed(path + ".measures", before.measures(), after.measures(), m -> m.id(), ValueText::measure,
                (p, b, a) -> MeasureDiff.compare(c, p, b, a));
    }

    private static void targets(Changes c, TargetRules before, TargetRules after) {
        c.keyed("targets.factors", before.factors(), after.factors(), TargetFactor::name, ValueText::text,
                (path, b, a) -> c.value(path, b, a));
        c.value("targets.proration", before.proration(), after.proration());
        c.value("targets.calendar", before.calendar(), after.calendar());
        c.value("targets.ramp", before.ramp(), after.ramp());
        c.value("targets.seasonality", before.seasonality(), after.seasonality());
        c.value("targets.reliefCapPercent", before.reliefCapPercent(), after.reliefCapPercent());
        c.value("targets.pacingAlertAfter", before.pacingAlertAfter(), after.pacingAlertAfter());
    }

    private static void fairness(Changes c, FairnessRules before, FairnessRules after) {
        c.value("fairness.minQualitativeShare", before.minQualitativeShare(), after.minQualitativeShare());
        c.value("fairness.maxMeasureShare", before.maxMeasureShare(), after.maxMeasureShare());
        c.value("fairness.maxCliff", before.maxCliff(), after.maxCliff());
        c.value("fairness.curvesNonDecreasing", before.curvesNonDecreasing(), after.curvesNonDecreasing());
        c.value("fairness.noTierGaps", before.noTierGaps(), after.noTierGaps());
        c.value("fairness.maxWithholdingGain", before.maxWithholdingGain(), after.maxWithholdingGain());
    }

    private static void bandRules(Changes c, BandRules before, BandRules after) {
        c.value("bandRules.leastCoverage", before.leastCoverage(), after.leastCoverage());
        c.value("bandRules.belowLeastCoverage", before.belowLeastCoverage(), after.belowLeastCoverage());
        c.value("bandRules.reading", before.reading(), after.reading());
    }
}
