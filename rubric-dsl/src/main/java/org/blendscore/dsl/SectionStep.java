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
package org.blendscore.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.blendscore.rubric.Measure;

/** A section being described: its weighted measures, in order. Immutable: every option returns a new step. */
public final class SectionStep {

    /** One measure as described, built when the rubric is built. */
    private interface MeasureBuild {
        Measure build(String path, Problems problems);
    }

    private record MeasureSpec(String id, MeasureBuild build) {
    }

    private final List<MeasureSpec> measures;

    SectionStep(List<MeasureSpec> measures) {
        this.measures = List.copyOf(measures);
    }

    static SectionStep start() {
        return new SectionStep(List.of());
    }

    /**
     * A quota measure.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param quota describes the target, direction and curve
     * @return a new step
     */
    public SectionStep quota(String id, double weight, UnaryOperator<QuotaStep> quota) {
        QuotaStep q = quota.apply(QuotaStep.start());
        BigDecimal w = Decimals.of(weight, "weight of measure " + id);
        return add(new MeasureSpec(id, (path, problems) -> q.build(id, w, path, problems)));
    }

    /**
     * A milestone measure.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param milestones describes the milestones
     * @return a new step
     */
    public SectionStep milestones(String id, double weight, UnaryOperator<MilestoneStep> milestones) {
        MilestoneStep m = milestones.apply(MilestoneStep.start());
        BigDecimal w = Decimals.of(weight, "weight of measure " + id);
        return add(new MeasureSpec(id, (path, problems) -> m.build(id, w)));
    }

    /**
     * A rating measure.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param rating describes the scale and sources
     * @return a new step
     */
    public SectionStep rating(String id, double weight, UnaryOperator<RatingStep> rating) {
        RatingStep r = rating.apply(RatingStep.start());
        BigDecimal w = Decimals.of(weight, "weight of measure " + id);
        return add(new MeasureSpec(id, (path, problems) -> r.build(id, w, path, problems)));
    }

    private SectionStep add(MeasureSpec spec) {
        List<MeasureSpec> next = new ArrayList<>(measures);
        next.add(spec);
        return new SectionStep(next);
    }

    List<Measure> build(Problems problems) {
        List<Measure> out = new ArrayList<>();
        for (MeasureSpec spec : measures) {
            out.add(spec.build().build("measures[" + spec.id() + "]", problems));
        }
        return out;
    }
}
