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
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;

/**
 * A section being described: its weighted measures, in order. Immutable: every option returns a new
 * step. Weights may be given as {@code BigDecimal}, taken exactly, or as {@code double}, read as its
 * shortest decimal string (see {@link RubricDsl}).
 */
public final class SectionStep {

    /** One measure as described, built when the rubric is built. */
    private interface MeasureBuild {
        Measure build(String path, Problems problems);
    }

    private record MeasureSpec(String id, MeasureBuild build) {
    }

    private final Chain<MeasureSpec> measures;
    private final Optional<MissingEvidencePolicy> policy;

    SectionStep(Chain<MeasureSpec> measures, Optional<MissingEvidencePolicy> policy) {
        this.measures = measures;
        this.policy = policy;
    }

    static SectionStep start() {
        return new SectionStep(Chain.empty(), Optional.empty());
    }

    /**
     * The section's own policy for missing evidence, instead of the rubric's: the default for its
     * measures, and what happens when none of them has usable evidence, as in
     * {@code .missingEvidence(MissingEvidencePolicy.COUNT_AS_ZERO)} for a Relationship section that
     * counts as zero when its ratings were not handed in.
     *
     * @param p the policy
     * @return a new step
     * @throws NullPointerException if {@code p} is null
     */
    public SectionStep missingEvidence(MissingEvidencePolicy p) {
        return new SectionStep(measures, Optional.of(Args.notNull(p, "missing-evidence policy")));
    }

    /** The section's own policy, if one was given. */
    Optional<MissingEvidencePolicy> policy() {
        return policy;
    }

    /**
     * A quota measure.
     *
     * @param id the measure id
     * @param weight weight in the section, percent, read as its shortest decimal
     * @param quota describes the target, direction and curve
     * @return a new step
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     * @throws NullPointerException if an argument is null, or {@code quota} returns null
     */
    public SectionStep quota(String id, double weight, UnaryOperator<QuotaStep> quota) {
        return quota(id, Decimals.of(weight, weightOf(id)), quota);
    }

    /**
     * A quota measure with an exact weight.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param quota describes the target, direction and curve
     * @return a new step
     * @throws NullPointerException if an argument is null, or {@code quota} returns null
     */
    public SectionStep quota(String id, BigDecimal weight, UnaryOperator<QuotaStep> quota) {
        String what = measure(id);
        BigDecimal w = Decimals.of(weight, weightOf(id));
        QuotaStep q = Args.described(quota, QuotaStep.start(), what);
        return add(new MeasureSpec(id, (path, problems) -> q.build(id, w, path, problems)));
    }

    /**
     * A milestone measure.
     *
     * @param id the measure id
     * @param weight weight in the section, percent, read as its shortest decimal
     * @param milestones describes the milestones
     * @return a new step
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     * @throws NullPointerException if an argument is null, or {@code milestones} returns null
     */
    public SectionStep milestones(String id, double weight, UnaryOperator<MilestoneStep> milestones) {
        return milestones(id, Decimals.of(weight, weightOf(id)), milestones);
    }

    /**
     * A milestone measure with an exact weight.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param milestones describes the milestones
     * @return a new step
     * @throws NullPointerException if an argument is null, or {@code milestones} returns null
     */
    public SectionStep milestones(String id, BigDecimal weight, UnaryOperator<MilestoneStep> milestones) {
        String what = measure(id);
        BigDecimal w = Decimals.of(weight, weightOf(id));
        MilestoneStep m = Args.described(milestones, MilestoneStep.start(), what);
        return add(new MeasureSpec(id, (path, problems) -> m.build(id, w)));
    }

    /**
     * A rating measure.
     *
     * @param id the measure id
     * @param weight weight in the section, percent, read as its shortest decimal
     * @param rating describes the scale and sources
     * @return a new step
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     * @throws NullPointerException if an argument is null, or {@code rating} returns null
     */
    public SectionStep rating(String id, double weight, UnaryOperator<RatingStep> rating) {
        return rating(id, Decimals.of(weight, weightOf(id)), rating);
    }

    /**
     * A rating measure with an exact weight.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param rating describes the scale and sources
     * @return a new step
     * @throws NullPointerException if an argument is null, or {@code rating} returns null
     */
    public SectionStep rating(String id, BigDecimal weight, UnaryOperator<RatingStep> rating) {
        String what = measure(id);
        BigDecimal w = Decimals.of(weight, weightOf(id));
        RatingStep r = Args.described(rating, RatingStep.start(), what);
        return add(new MeasureSpec(id, (path, problems) -> r.build(id, w, path, problems)));
    }

    private static String weightOf(String measureId) {
        return "weight of measure " + measureId;
    }

    private static String measure(String id) {
        return "measure '" + Args.notNull(id, "measure id") + "'";
    }

    private SectionStep add(MeasureSpec spec) {
        Chain<MeasureSpec> next = this.measures.append(spec);
        return new SectionStep(next, policy);
    }

    List<Measure> build(Problems problems) {
        List<Measure> out = new ArrayList<>();
        for (MeasureSpec spec : measures.toList()) {
            out.add(spec.build().build("measures[" + spec.id() + "]", problems));
        }
        return out;
    }
}
