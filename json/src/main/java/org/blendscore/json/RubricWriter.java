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

import java.time.LocalDate;

import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a rubric as a {@value JsonFormat#RUBRIC} document, every part written out (no defaults left implicit). */
final class RubricWriter {

    private RubricWriter() {
    }

    static ObjectNode document(RubricDocument d) {
        ObjectNode out = rubric(d.rubric());
        CasesWriter.cases(out, d.cases());
        return out;
    }

    static ObjectNode rubric(Rubric r) {
        ObjectNode out = Out.document(JsonFormat.RUBRIC);
        out.put("id", r.id());
        out.put("version", r.version());
        out.set("effective", range(r.effective()));
        out.put("scale", r.scale());
        Out.name(out, "missingEvidence", r.missingEvidence());
        ArrayNode sections = out.putArray("sections");
        for (Section s : r.sections()) {
            sections.add(section(s));
        }
        ArrayNode bands = out.putArray("bands");
        for (Band b : r.bands()) {
            ObjectNode band = bands.addObject().put("label", b.label());
            Out.decimal(band, "lowerBound", b.lowerBound());
        }
        ArrayNode guards = out.putArray("guards");
        for (BandGuard g : r.guards()) {
            ObjectNode guard = guards.addObject();
            ObjectNode condition = guard.putObject("condition");
            Out.name(condition, "scope", g.condition().scope());
            condition.put("ref", g.condition().ref());
            Out.name(condition, "comparison", g.condition().comparison());
            Out.decimal(condition, "threshold", g.condition().threshold());
            guard.put("capAt", g.capAt()).put("failOpen", g.failOpen());
        }
        out.set("targets", targets(r.targets()));
        out.set("fairness", fairness(r.fairness()));
        out.set("bandRules", bandRules(r.bandRules()));
        return out;
    }

    private static ObjectNode section(Section s) {
        ObjectNode out = Out.object().put("name", s.name());
        Out.decimal(out, "weight", s.weight());
        s.missingEvidence().ifPresent(p -> Out.name(out, "missingEvidence", p));
        ArrayNode measures = out.putArray("measures");
        s.measures().forEach(m -> measures.add(MeasureWriter.measure(m)));
        return out;
    }

    private static ObjectNode targets(TargetRules t) {
        ObjectNode out = Out.object();
        ArrayNode factors = out.putArray("factors");
        for (TargetFactor f : t.factors()) {
            ObjectNode factor = factors.addObject().put("name", f.name());
            Out.decimal(factor, "min", f.min());
            Out.decimal(factor, "max", f.max());
            factor.put("description", f.description());
        }
        Out.name(out, "proration", t.proration());
        ObjectNode calendar = out.putObject("calendar");
        ArrayNode days = calendar.putArray("workingDays");
        t.calendar().workingDays().stream().sorted().forEach(d -> days.add(Names.of(d)));
        ArrayNode dates = calendar.putArray("nonWorkingDates");
        t.calendar().nonWorkingDates().stream().sorted().map(LocalDate::toString).forEach(dates::add);
        t.ramp().ifPresent(ramp -> {
            ObjectNode node = out.putObject("ramp");
            ArrayNode percents = node.putArray("monthlyPercents");
            ramp.monthlyPercents().forEach(p -> percents.add(Decimals.write(p)));
            node.put("cutoffDay", ramp.cutoffDay());
        });
        t.seasonality().ifPresent(season -> {
            ArrayNode parts = out.putObject("seasonality").putArray("parts");
            for (SeasonPart p : season.parts()) {
                ObjectNode part = parts.addObject().put("name", p.name());
                part.set("range", range(p.range()));
                Out.decimal(part, "weight", p.weight());
            }
        });
        Out.decimal(out, "reliefCapPercent", t.reliefCapPercent());
        out.put("pacingAlertAfter", t.pacingAlertAfter());
        return out;
    }

    private static ObjectNode fairness(FairnessRules f) {
        ObjectNode out = Out.object();
        Out.decimal(out, "minQualitativeShare", f.minQualitativeShare());
        Out.decimal(out, "maxMeasureShare", f.maxMeasureShare());
        Out.decimal(out, "maxCliff", f.maxCliff());
        out.put("curvesNonDecreasing", f.curvesNonDecreasing());
        out.put("noTierGaps", f.noTierGaps());
        Out.decimal(out, "maxWithholdingGain", f.maxWithholdingGain());
        return out;
    }

    private static ObjectNode bandRules(BandRules b) {
        ObjectNode out = Out.object();
        Out.decimal(out, "leastCoverage", b.leastCoverage());
        Out.name(out, "belowLeastCoverage", b.belowLeastCoverage());
        Out.name(out, "reading", b.reading());
        return out;
    }

    static ObjectNode range(DateRange range) {
        return Out.object().put("start", range.start().toString()).put("end", range.end().toString());
    }
}
