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

import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;

/**
 * Compares two versions of one measure: its weight and policy, then what its family has (a quota's
 * target, direction, curve and target factors; a milestone measure's milestones; a rating's scale
 * with its anchors, its sources with their weights, minimum counts and anonymity, its aggregation).
 * A measure that changed family is one change of {@code family}.
 */
final class MeasureDiff {

    private MeasureDiff() {
    }

    static void compare(Changes c, String path, Measure before, Measure after) {
        c.value(path + ".weight", before.weight(), after.weight());
        c.value(path + ".missingEvidence", before.missingEvidence(), after.missingEvidence());
        if (before instanceof QuotaMeasure b && after instanceof QuotaMeasure a) {
            c.value(path + ".target", b.target(), a.target());
            c.value(path + ".direction", b.direction(), a.direction());
            c.value(path + ".curve", b.curve(), a.curve());
            c.value(path + ".factors", b.factors(), a.factors());
        } else if (before instanceof MilestoneMeasure b && after instanceof MilestoneMeasure a) {
            c.keyed(path + ".rules", b.rules(), a.rules(), MilestoneRule::id, ValueText::text, (p, rb, ra) -> c.value(p, rb, ra));
            c.value(path + ".capAt100", b.capAt100(), a.capAt100());
        } else if (before instanceof RatingMeasure b && after instanceof RatingMeasure a) {
            scale(c, path + ".scale", b.scale(), a.scale());
            c.keyed(path + ".sources", b.sources(), a.sources(), RatingSource::name, ValueText::text,
                    (p, sb, sa) -> source(c, p, sb, sa));
            c.value(path + ".aggregation", b.aggregation(), a.aggregation());
        } else {
            c.value(path + ".family", family(before), family(after));
        }
    }

    private static void scale(Changes c, String path, RatingScale before, RatingScale after) {
        c.value(path + ".range", before.toString(), after.toString());
        c.value(path + ".step", before.step(), after.step());
        c.keyed(path + ".levels", before.levels(), after.levels(), l -> ValueText.plain(l.value()), ValueText::text,
                (p, lb, la) -> {
                    c.value(p + ".label", lb.label(), la.label());
                    c.value(p + ".anchor", lb.anchor(), la.anchor());
                    c.value(p + ".points", lb.points(), la.points());
                });
    }

    private static void source(Changes c, String path, RatingSource before, RatingSource after) {
        c.value(path + ".weight", before.weight(), after.weight());
        c.value(path + ".minRatings", before.minRatings(), after.minRatings());
        c.value(path + ".anonymity", before.anonymity(), after.anonymity());
        c.value(path + ".calibrated", before.calibrated(), after.calibrated());
    }

    private static String family(Measure m) {
        return m instanceof QuotaMeasure ? "quota" : m instanceof MilestoneMeasure ? "milestones" : "rating";
    }
}
