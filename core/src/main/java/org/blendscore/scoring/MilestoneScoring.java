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
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MilestoneCredit;
import org.blendscore.review.MilestoneInput;
import org.blendscore.review.NoInput;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;

/**
 * Scores a milestone measure: the points of the milestones reached, stages (the furthest counts) and
 * counted milestones, optionally capped at 100.
 */
final class MilestoneScoring extends CompiledMeasure {
    private static final NoInput NO_RECORD = new NoInput(WarningMessages.noMilestoneRecord());
    private final MilestoneMeasure m;
    /** By rule: a milestone's or counted milestone's points (null for a ladder). */
    private final Fraction[] rulePoints;
    /** By rule: the credit of a reached milestone, the same in every review (null for other rules). */
    private final MilestoneCredit[] reachedCredit;
    /** By rule: a ladder's stages' points and credits (null for other rules). */
    private final Fraction[][] stagePoints;
    private final MilestoneCredit[][] stageCredit;
    /** The ids of plain milestones, by rule, when every rule is one (else null). */
    private final String[] plainIds;
    /**
     * When every rule is a plain milestone: the input of each set of reached milestones, built once; the
     * set's bits by rule, and one more bit when the total was capped at 100.
     */
    private final PatternCache<MilestoneInput> plainInputs;

    MilestoneScoring(MilestoneMeasure m, String section, int scale, MissingEvidencePolicy policy) {
        super(m, section, scale, policy);
        this.m = m;
        int n = m.rules().size();
        rulePoints = new Fraction[n];
        reachedCredit = new MilestoneCredit[n];
        stagePoints = new Fraction[n][];
        stageCredit = new MilestoneCredit[n][];
        for (int i = 0; i < n; i++) {
            MilestoneRule rule = m.rules().get(i);
            if (rule instanceof Milestone ms) {
                rulePoints[i] = Fraction.of(ms.points());
                reachedCredit[i] = new MilestoneCredit(ms.id(), "reached", ms.points().setScale(scale, java.math.RoundingMode.HALF_EVEN));
            } else if (rule instanceof StageLadder ladder) {
                int k = ladder.stages().size();
                stagePoints[i] = new Fraction[k];
                stageCredit[i] = new MilestoneCredit[k];
                for (int j = 0; j < k; j++) {
                    Stage st = ladder.stages().get(j);
                    stagePoints[i][j] = Fraction.of(st.points());
                    stageCredit[i][j] = new MilestoneCredit(ladder.id(), "stage " + st.id(),
                            st.points().setScale(scale, java.math.RoundingMode.HALF_EVEN));
                }
            } else if (rule instanceof CountedMilestone cm) {
                rulePoints[i] = Fraction.of(cm.points());
            }
        }
        boolean allPlain = n < PatternCache.MAX_PARTS && m.rules().stream().allMatch(r -> r instanceof Milestone);
        plainIds = allPlain ? m.rules().stream().map(MilestoneRule::id).toArray(String[]::new) : null;
        plainInputs = allPlain ? new PatternCache<>(n + 1, this::plainInput) : null;
    }

    private MilestoneInput plainInput(long bits) {
        int n = plainIds.length;
        List<MilestoneCredit> credits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((bits & (1L << i)) != 0) {
                credits.add(reachedCredit[i]);
            }
        }
        return new MilestoneInput(credits, (bits & (1L << n)) != 0);
    }

    /** Scores a measure of plain milestones only; its input is shared by every review that reached the same. */
    private MilestoneInput evaluatePlain(java.util.Set<String> reached, MeasureOutcome out) {
        long bits = 0;
        for (int i = 0; i < plainIds.length; i++) {
            if (reached.contains(plainIds[i])) {
                bits |= 1L << i;
            }
        }
        return scorePlain(bits, out);
    }

    /** Scores a measure of plain milestones only, from the bits of the rules reached. */
    private MilestoneInput scorePlain(long reachedBits, MeasureOutcome out) {
        MutableRational total = out.exact.setZero();
        long bits = reachedBits;
        int n = plainIds.length;
        for (int i = 0; i < n; i++) {
            if ((bits & (1L << i)) != 0) {
                total.add(rulePoints[i]);
            }
        }
        if (m.capAt100() && total.compareTo(Fraction.HUNDRED) > 0) {
            total.set(Fraction.HUNDRED);
            bits |= 1L << n;
        }
        out.scored();
        return plainInputs.get(bits);
    }

    @Override
    MeasureInput evaluate(Object evidence, TargetContext context, MeasureOutcome out) {
        if (evidence == null) {
            out.missing(NO_RECORD.reason());
            return NO_RECORD;
        }
        MilestonesReached r = (MilestonesReached) evidence;
        if (plainInputs != null) {
            return evaluatePlain(r.reached(), out);
        }
        MutableRational total = out.exact;
        java.util.Set<String> reached = r.reached();
        total.setZero();
        List<MilestoneRule> rules = m.rules();
        MilestoneCredit[] credits = new MilestoneCredit[rules.size()];
        int credited = 0;
        for (int i = 0; i < rules.size(); i++) {
            MilestoneRule rule = rules.get(i);
            if (rule instanceof Milestone ms) {
                if (reached.contains(ms.id())) {
                    total.add(rulePoints[i]);
                    credits[credited++] = reachedCredit[i];
                }
            } else if (rule instanceof StageLadder ladder) {
                int furthest = -1;
                List<Stage> stages = ladder.stages();
                for (int j = 0; j < stages.size(); j++) {
                    if (reached.contains(stages.get(j).id())) {
                        furthest = j;
                    }
                }
                if (furthest >= 0) {
                    total.add(stagePoints[i][furthest]);
                    credits[credited++] = stageCredit[i][furthest];
                }
            } else if (rule instanceof CountedMilestone cm) {
                int count = r.counts().getOrDefault(cm.id(), 0);
                if (count > 0) {
                    MutableRational pts = new MutableRational().set(Math.min(count, cm.target()), cm.target()).multiply(rulePoints[i]);
                    total.add(pts);
                    credits[credited++] = new MilestoneCredit(cm.id(), count + " of " + cm.target(), pts.toBigDecimal(scale));
                }
            }
        }
        boolean capped = m.capAt100() && total.compareTo(Fraction.HUNDRED) > 0;
        if (capped) {
            total.set(Fraction.HUNDRED);
        }
        out.scored();
        return new MilestoneInput(Lists.of(credits, credited), capped);
    }
}
