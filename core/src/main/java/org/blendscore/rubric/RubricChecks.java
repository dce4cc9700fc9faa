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
package org.blendscore.rubric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole rubric tree and collects every problem with its path. Messages are built by the
 * named factories of {@link RubricMessages}.
 */
final class RubricChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<RubricProblem> problems = new ArrayList<>();

    private RubricChecks() {
    }

    static List<RubricProblem> check(String id, String version, DateRange effective, List<Section> sections,
                                     List<Band> bands, List<BandGuard> guards, int scale, TargetRules targets,
                                     FairnessRules fairness, BandRules bandRules) {
        RubricChecks c = new RubricChecks();
        RubricLimits.check(id, version, effective, sections, bands, guards, targets, c.problems);
        if (!c.problems.isEmpty()) {
            // numbers too large to do arithmetic on safely: report them and nothing that needs arithmetic
            return List.copyOf(c.problems);
        }
        if (id.isBlank()) {
            c.add("id", RubricMessages.rubricIdBlank());
        }
        if (version.isBlank()) {
            c.add("version", RubricMessages.rubricVersionBlank());
        }
        if (scale < 0 || scale > 6) {
            c.add("scale", RubricMessages.outOfRange("scale", scale, "0..6"));
        }
        c.sections(sections);
        c.bands(bands);
        c.guards(guards, sections, bands);
        TargetChecks.check(effective, sections, targets, c.problems);
        FairnessLimits.check(fairness, c.problems);
        BigDecimal least = bandRules.leastCoverage();
        if (!NumberLimits.allows(least)) {
            c.add("bandRules.leastCoverage", NumberLimits.message(RubricMessages.leastCoverageField(), least));
        } else if (least.signum() < 0 || least.compareTo(HUNDRED) > 0) {
            c.add("bandRules.leastCoverage", RubricMessages.leastCoverageOutOfRange(least));
        }
        return List.copyOf(c.problems);
    }

    private void add(String path, String message) {
        problems.add(new RubricProblem(path, message));
    }

    private void sections(List<Section> sections) {
        if (sections.isEmpty()) {
            add("sections", RubricMessages.noSections());
            return;
        }
        Set<String> names = new HashSet<>();
        Set<String> measureIds = new HashSet<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String path = "sections[" + (s.name().isBlank() ? String.valueOf(i) : s.name()) + "]";
            if (s.name().isBlank()) {
                add(path + ".name", RubricMessages.sectionNameBlank());
            } else if (!names.add(s.name())) {
                add(path + ".name", RubricMessages.duplicate("section", s.name()));
            }
            weight(path + ".weight", s.weight());
            weights.add(s.weight());
            measures(path, s.measures(), measureIds);
        }
        weightsAddUp("sections", RubricMessages.sectionWeights(), weights);
    }

    private void weight(String path, BigDecimal weight) {
        if (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
            add(path, RubricMessages.weightOutOfRange(weight));
        }
    }

    private void weightsAddUp(String path, String level, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!weights.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            add(path, RubricMessages.weightsDoNotAddUp(level, sum));
        }
    }

    private void measures(String sectionPath, List<Measure> measures, Set<String> measureIds) {
        if (measures.isEmpty()) {
            add(sectionPath + ".measures", RubricMessages.noMeasures());
            return;
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            String path = "measures[" + (m.id().isBlank() ? String.valueOf(i) : m.id()) + "]";
            if (m.id().isBlank()) {
                add(path + ".id", RubricMessages.measureIdBlank());
            } else if (!measureIds.add(m.id())) {
                add(path + ".id", RubricMessages.duplicate("measure", m.id()));
            }
            weight(path + ".weight", m.weight());
            weights.add(m.weight());
            if (m instanceof QuotaMeasure q) {
                quota(path, q);
            } else if (m instanceof MilestoneMeasure ms) {
                milestones(path, ms);
            } else if (m instanceof RatingMeasure r) {
                ratings(path, r);
            }
        }
        weightsAddUp(sectionPath + ".measures", RubricMessages.measureWeightsIn(sectionPath), weights);
    }

    private void quota(String path, QuotaMeasure q) {
        if (q.target().value().signum() <= 0) {
            add(path + ".target", RubricMessages.notPositive("target", q.target().value()));
        }
        if (q.target().unit().isBlank()) {
            add(path + ".target.unit", RubricMessages.targetUnitBlank());
        }
        if (q.curve() instanceof LinearCurve lc) {
            linear(path + ".curve", lc, q.direction());
        } else if (q.curve() instanceof TierCurve tc) {
            tiers(path + ".curve", tc);
        }
    }

    private void linear(String path, LinearCurve c, Direction direction) {
        List<Breakpoint> bps = c.breakpoints();
        if (bps.size() < 2) {
            add(path + ".breakpoints", RubricMessages.tooFew("breakpoints", bps.size(), 2));
        }
        for (int i = 0; i < bps.size(); i++) {
            Breakpoint b = bps.get(i);
            String bp = path + ".breakpoints[" + i + "]";
            if (b.attainment().signum() < 0) {
                add(bp + ".attainment", RubricMessages.negative("attainment", b.attainment()));
            }
            if (b.points().signum() < 0) {
                add(bp + ".points", RubricMessages.negative("points", b.points()));
            }
            if (i > 0 && b.attainment().compareTo(bps.get(i - 1).attainment()) <= 0) {
                add(bp + ".attainment", RubricMessages.notIncreasing(bps.get(i - 1).attainment(), b.attainment()));
            }
        }
        c.gate().ifPresent(g -> {
            if (g.signum() < 0) {
                add(path + ".gate", RubricMessages.negative("gate", g));
            }
        });
        if (direction == Direction.LOWER_IS_BETTER && !c.capped()) {
            add(path + ".capped", RubricMessages.lowerIsBetterNeedsCap());
        } else if (!c.capped() && bps.size() >= 2) {
            BigDecimal before = bps.get(bps.size() - 2).points();
            BigDecimal last = bps.get(bps.size() - 1).points();
            if (last.compareTo(before) < 0) {
                // extrapolated, a falling last segment would take the points below 0
                add(path + ".capped", RubricMessages.uncappedCurveFalls(before, last));
            }
        }
    }

    private void tiers(String path, TierCurve c) {
        List<Tier> tiers = c.tiers();
        if (tiers.isEmpty()) {
            add(path + ".tiers", RubricMessages.noTiers());
            return;
        }
        if (tiers.get(0).from().signum() != 0) {
            add(path + ".tiers[0].from", RubricMessages.tierGap("[0, " + tiers.get(0).from().toPlainString() + ")"));
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String tp = path + ".tiers[" + i + "]";
            if (t.points().signum() < 0) {
                add(tp + ".points", RubricMessages.negative("points", t.points()));
            }
            Optional<BigDecimal> to = t.to();
            if (to.isPresent() && to.get().compareTo(t.from()) <= 0) {
                add(tp, RubricMessages.emptyTier(t));
            }
            if (to.isEmpty() && i < tiers.size() - 1) {
                add(tp + ".to", RubricMessages.openTierNotLast());
            }
            if (i == tiers.size() - 1 && to.isPresent()) {
                add(tp + ".to", RubricMessages.tierGap("[" + to.get().toPlainString() + ", \u221e)"));
            }
            if (i > 0) {
                Tier prev = tiers.get(i - 1);
                prev.to().ifPresent(prevTo -> {
                    int cmp = t.from().compareTo(prevTo);
                    if (cmp > 0) {
                        add(tp + ".from", RubricMessages.tierGap("[" + prevTo.toPlainString() + ", " + t.from().toPlainString() + ")"));
                    } else if (cmp < 0) {
                        add(tp + ".from", RubricMessages.tierOverlap(prev, t));
                    }
                });
            }
        }
    }

    private void milestones(String path, MilestoneMeasure m) {
        if (m.rules().isEmpty()) {
            add(path + ".milestones", RubricMessages.noMilestones());
        }
        Set<String> ids = new HashSet<>();
        for (MilestoneRule rule : m.rules()) {
            String rp = path + ".milestones[" + rule.id() + "]";
            if (rule.id().isBlank()) {
                add(rp, RubricMessages.milestoneIdBlank());
            } else if (!ids.add(rule.id())) {
                add(rp, RubricMessages.duplicate("milestone", rule.id()));
            }
            if (rule instanceof Milestone ms && ms.points().signum() < 0) {
                add(rp + ".points", RubricMessages.negative("points", ms.points()));
            } else if (rule instanceof CountedMilestone cm) {
                if (cm.points().signum() < 0) {
                    add(rp + ".points", RubricMessages.negative("points", cm.points()));
                }
                if (cm.target() < 1) {
                    add(rp + ".target", RubricMessages.targetCountOutOfRange(cm.target()));
                }
            } else if (rule instanceof StageLadder ladder) {
                stages(rp, ladder, ids);
            }
        }
    }

    private void stages(String path, StageLadder ladder, Set<String> ids) {
        if (ladder.stages().isEmpty()) {
            add(path + ".stages", RubricMessages.noStages());
        }
        BigDecimal previous = null;
        for (Stage s : ladder.stages()) {
            String sp = path + ".stages[" + s.id() + "]";
            if (s.id().isBlank()) {
                add(sp, RubricMessages.stageIdBlank());
            } else if (!ids.add(s.id())) {
                add(sp, RubricMessages.duplicateMilestoneOrStage(s.id()));
            }
            if (s.points().signum() < 0) {
                add(sp + ".points", RubricMessages.negative("points", s.points()));
            }
            if (previous != null && s.points().compareTo(previous) < 0) {
                add(sp + ".points", RubricMessages.stageLowersPoints(previous, s.points()));
            }
            previous = s.points();
        }
    }

    private void ratings(String path, RatingMeasure r) {
        RatingScale scale = r.scale();
        String sp = path + ".scale";
        boolean gridOk = true;
        if (scale.step().signum() <= 0) {
            add(sp + ".step", RubricMessages.notPositive("step", scale.step()));
            gridOk = false;
        }
        if (scale.max().compareTo(scale.min()) <= 0) {
            add(sp, RubricMessages.scaleEmpty(scale.min(), scale.max()));
            gridOk = false;
        }
        if (gridOk) {
            BigDecimal span = scale.max().subtract(scale.min());
            BigDecimal[] qr = span.divideAndRemainder(scale.step());
            if (qr[1].signum() != 0) {
                add(sp + ".step", RubricMessages.stepDoesNotDivide(scale.step(), scale.min(), scale.max()));
            } else {
                // a tiny step can call for more levels than an int counts: compare without overflow
                BigInteger expected = qr[0].toBigIntegerExact().add(BigInteger.ONE);
                if (!BigInteger.valueOf(scale.levels().size()).equals(expected)) {
                    add(sp + ".levels", RubricMessages.levelCount(expected, scale.levels().size(), scale));
                } else {
                    for (int i = 0; i < scale.levels().size(); i++) {
                        ScaleLevel level = scale.levels().get(i);
                        BigDecimal value = scale.min().add(scale.step().multiply(BigDecimal.valueOf(i)));
                        String lp = sp + ".levels[" + i + "]";
                        if (level.value().compareTo(value) != 0) {
                            add(lp + ".value", RubricMessages.levelValue(value, level.value()));
                        }
                        if (level.label().isBlank()) {
                            add(lp + ".label", RubricMessages.levelLabelBlank());
                        }
                        if (level.anchor().isBlank()) {
                            add(lp + ".anchor", RubricMessages.anchorBlank());
                        }
                        level.points().ifPresent(p -> {
                            if (p.signum() < 0) {
                                add(lp + ".points", RubricMessages.negative("points", p));
                            }
                        });
                    }
                }
            }
        }
        if (r.sources().isEmpty()) {
            add(path + ".sources", RubricMessages.noSources());
            return;
        }
        Set<String> names = new HashSet<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (RatingSource s : r.sources()) {
            String src = path + ".sources[" + s.name() + "]";
            if (s.name().isBlank()) {
                add(src, RubricMessages.sourceNameBlank());
            } else if (!names.add(s.name())) {
                add(src, RubricMessages.duplicate("source", s.name()));
            }
            weight(src + ".weight", s.weight());
            weights.add(s.weight());
            if (s.minRatings() < 1) {
                add(src + ".minRatings", RubricMessages.minRatingsOutOfRange(s.minRatings()));
            }
            s.anonymity().filter(a -> a.minRaters() < 2).ifPresent(a ->
                    add(src + ".anonymity.minRaters", RubricMessages.minRatersOutOfRange(a.minRaters())));
        }
        weightsAddUp(path + ".sources", RubricMessages.sourceWeightsIn(path), weights);
    }

    private void bands(List<Band> bands) {
        if (bands.isEmpty()) {
            add("bands", RubricMessages.noBands());
            return;
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String bp = "bands[" + (b.label().isBlank() ? String.valueOf(i) : b.label()) + "]";
            if (b.label().isBlank()) {
                add(bp + ".label", RubricMessages.bandLabelBlank());
            } else if (!labels.add(b.label())) {
                add(bp + ".label", RubricMessages.duplicate("band", b.label()));
            }
            if (i > 0 && b.lowerBound().compareTo(bands.get(i - 1).lowerBound()) >= 0) {
                add(bp + ".lowerBound", RubricMessages.bandsNotDescending(bands.get(i - 1), b));
            }
        }
        Band lowest = bands.get(bands.size() - 1);
        if (lowest.lowerBound().signum() != 0) {
            add("bands[" + lowest.label() + "].lowerBound", RubricMessages.lowestBandNotZero(lowest.lowerBound()));
        }
    }

    private void guards(List<BandGuard> guards, List<Section> sections, List<Band> bands) {
        if (guards.isEmpty()) {
            return;
        }
        // names looked up in sets, so that many guards cost linear time
        Set<String> sectionNames = new HashSet<>();
        Set<String> measureIds = new HashSet<>();
        for (Section s : sections) {
            sectionNames.add(s.name());
            s.measures().forEach(m -> measureIds.add(m.id()));
        }
        Set<String> labels = new HashSet<>();
        bands.forEach(b -> labels.add(b.label()));
        for (int i = 0; i < guards.size(); i++) {
            BandGuard g = guards.get(i);
            String gp = "guards[" + i + "]";
            ScoreCondition c = g.condition();
            boolean known = (c.scope() == ScoreCondition.Scope.SECTION ? sectionNames : measureIds).contains(c.ref());
            if (!known) {
                add(gp + ".condition.ref", RubricMessages.unknownRef(c.scope(), c.ref()));
            }
            if (!labels.contains(g.capAt())) {
                add(gp + ".capAt", RubricMessages.unknownBand(g.capAt(), bands));
            }
        }
    }
}
