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

import static org.blendscore.dsl.DiffVariant.ONE_TO_FIVE;
import static org.blendscore.dsl.DiffVariant.diff;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.blendscore.dsl.RubricDsl.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.blendscore.revision.Change;
import org.blendscore.revision.ChangeKind;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.junit.jupiter.api.Test;

/** One test per kind of structural change, each with its path and its values before and after. */
class RubricDiffTest {

    /** The changes other than the version's, as lines; and the reversed diff must be their mirror. */
    private static List<String> changes(Consumer<DiffVariant> tweak) {
        RubricDiff diff = diff(tweak);
        DiffVariant after = new DiffVariant();
        after.version = "2";
        tweak.accept(after);
        RubricDiff back = RubricDiff.between(after.build(), new DiffVariant().build());
        assertEquals(diff.changes().stream().map(Change::reversed).sorted(RubricDiffTest::byPath).toList(),
                back.changes().stream().sorted(RubricDiffTest::byPath).toList(), "the diff back is the mirror of the diff");
        return diff.changes().stream().filter(c -> !c.path().equals("version")).map(Change::toText).toList();
    }

    private static int byPath(Change a, Change b) {
        return a.path().compareTo(b.path());
    }

    @Test
    void aDiffOfARubricWithItselfIsEmpty() {
        RubricDiff diff = RubricDiff.between(new DiffVariant().build(), new DiffVariant().build());
        assertTrue(diff.isEmpty());
        assertEquals(diff.beforeFigures(), diff.afterFigures());
    }

    @Test
    void namesSectionWeightsThatChanged() {
        assertEquals(List.of("changed sections[Revenue].weight: 50 -> 60", "changed sections[Relationship].weight: 30 -> 20"),
                changes(v -> v.revenue = 60));
    }

    @Test
    void namesASectionThatWasRemoved() {
        assertEquals(List.of("changed sections[Revenue].weight: 50 -> 70", "removed sections[Progression]: weight 20, measures [pipeline]"),
                changes(v -> {
                    v.revenue = 70;
                    v.progression = 0;
                }));
    }

    @Test
    void namesAMeasureThatWasAddedAndTheWeightItTook() {
        assertEquals(List.of("changed sections[Revenue].measures[new-arr].weight: 100 -> 70",
                        "added sections[Revenue].measures[cycle-days]: weight 30, quota, target 90 days (rate), linear (0.5, 0) (1, 100), capped"),
                changes(v -> {
                    v.arrWeight = 70;
                    v.revenueMore = s -> s.quota("cycle-days", 30, q -> q.rate(90, "days").lowerIsBetter()
                            .curve(linear().point(0.5, 0).point(1.0, 100).capped()));
                }));
    }

    @Test
    void namesACurveThatChanged() {
        assertEquals(List.of("changed sections[Revenue].measures[new-arr].curve: linear (0.5, 0) (1, 100) (1.5, 130), gate below 0.5, capped"
                        + " -> linear (0.5, 0) (1, 100) (1.5, 140), gate below 0.5, capped"),
                changes(v -> v.arr = q -> q.target(1_000_000, "USD")
                        .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 140).gateBelow(0.5).capped())));
    }

    @Test
    void namesTiersThatChanged() {
        DiffVariant before = new DiffVariant();
        before.arr = q -> q.target(1_000_000, "USD").curve(tiers().from(0, 0).from(1.0, 100));
        DiffVariant after = new DiffVariant();
        after.arr = q -> q.target(1_000_000, "USD").curve(tiers().from(0, 0).from(1.0, 100).from(1.2, 120));
        assertEquals(List.of("changed sections[Revenue].measures[new-arr].curve: tiers [0, 1) -> 0 [1, \u221e) -> 100, edge higher"
                        + " -> tiers [0, 1) -> 0 [1, 1.2) -> 100 [1.2, \u221e) -> 120, edge higher"),
                RubricDiff.between(before.build(), after.build()).changes().stream().map(Change::toText).toList());
    }

    @Test
    void namesATargetThatChanged() {
        assertEquals(List.of("changed sections[Revenue].measures[new-arr].target: 1000000 USD (amount) -> 1100000 USD (amount)"),
                changes(v -> v.arr = q -> q.target(1_100_000, "USD")
                        .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped())));
    }

    @Test
    void namesTargetRulesThatChanged() {
        assertEquals(List.of("added targets.factors[territory]: territory 0.7..1.3", "changed targets.reliefCapPercent: none -> 20",
                        "changed sections[Revenue].measures[new-arr].factors: [] -> [territory]"),
                changes(v -> {
                    v.more = r -> r.targets(t -> t.factor("territory", 0.7, 1.3, "territory potential").reliefCap(20));
                    v.arr = q -> q.target(1_000_000, "USD").factors("territory")
                            .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped());
                }));
    }

    @Test
    void namesAScaleAnchorThatChanged() {
        ScaleStep reworded = scale(1, 5)
                .level(1, "Poor", "Misses commitments").level(2, "Weak", "Keeps some commitments")
                .level(3, "Solid", "Keeps every commitment").level(4, "Strong", "Anticipates needs")
                .level(5, "Exceptional", "Trusted adviser");
        assertEquals(List.of("changed sections[Relationship].measures[customer-trust].scale.levels[3].anchor: Keeps commitments"
                        + " -> Keeps every commitment"),
                changes(v -> v.trust = r -> r.scale(reworded).source("customer", 60, 2).source("manager", 40, 1)));
    }

    @Test
    void namesSourcesAddedAndReweighted() {
        assertEquals(List.of("changed sections[Relationship].measures[customer-trust].sources[customer].weight: 60 -> 50",
                        "changed sections[Relationship].measures[customer-trust].sources[manager].minRatings: 1 -> 2",
                        "added sections[Relationship].measures[customer-trust].sources[peer]: weight 10, at least 2 ratings"),
                changes(v -> v.trust = r -> r.scale(ONE_TO_FIVE).source("customer", 50, 2).source("manager", 40, 2)
                        .source("peer", 10, 2)));
    }

    @Test
    void namesAnonymityThatChanged() {
        assertEquals(List.of("changed sections[Relationship].measures[customer-trust].sources[customer].anonymity: none"
                        + " -> at least 3 raters, comments hidden"),
                changes(v -> v.trust = r -> r.scale(ONE_TO_FIVE).source("customer", 60, 2, new Anonymity(3, false))
                        .source("manager", 40, 1)));
    }

    @Test
    void namesMilestonesThatChanged() {
        assertEquals(List.of("changed sections[Progression].measures[pipeline].rules[close]: 60 points -> 50 points",
                        "added sections[Progression].measures[pipeline].rules[referral]: 10 points"),
                changes(v -> v.pipeline = m -> m.milestone("discovery", 40).milestone("close", 50).milestone("referral", 10)));
    }

    @Test
    void namesAMeasureThatChangedFamily() {
        assertEquals(List.of("changed sections[Relationship].measures[customer-trust].family: rating -> milestones"),
                changes(v -> v.trust = null));
    }

    @Test
    void namesBandsThatChangedAndWereAdded() {
        assertEquals(List.of("changed bands[Exceeds].lowerBound: 90 -> 95", "added bands[Developing]: from 50"),
                changes(v -> v.bands = r -> r.band("Exceeds", 95).band("Meets", 70).band("Developing", 50).band("Below", 0)));
    }

    @Test
    void namesGuardsAddedAndChanged() {
        DiffVariant before = new DiffVariant();
        before.more = r -> r.guard(sectionScore("Relationship").below(50), "Meets");
        DiffVariant after = new DiffVariant();
        after.more = r -> r.guard(sectionScore("Relationship").below(50), "Below")
                .guardFailingOpen(sectionScore("Progression").below(20), "Meets");
        assertEquals(List.of("changed guards[section Relationship < 50].capAt: Meets -> Below",
                        "added guards[section Progression < 20]: at most Meets, fails open"),
                RubricDiff.between(before.build(), after.build()).changes().stream().map(Change::toText).toList());
    }

    @Test
    void namesPoliciesThatChanged() {
        assertEquals(List.of("changed missingEvidence: leave out -> count as zero",
                        "changed sections[Revenue].measures[new-arr].missingEvidence: none -> reject"),
                changes(v -> {
                    v.more = r -> r.missingEvidence(MissingEvidencePolicy.COUNT_AS_ZERO);
                    v.arr = q -> q.target(1_000_000, "USD").missingEvidence(MissingEvidencePolicy.REJECT)
                            .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped());
                }));
    }

    @Test
    void namesFairnessRulesAndCoverageThatChanged() {
        assertEquals(List.of("changed fairness.minQualitativeShare: none -> 20", "changed bandRules.leastCoverage: 75 -> 80"),
                changes(v -> v.more = r -> r.fairness(f -> f.minQualitativeShare(20)).leastCoverage(80)));
    }

    @Test
    void readsTheKindsOfChangeApart() {
        RubricDiff diff = diff(v -> {
            v.revenue = 70;
            v.progression = 0;
        });
        assertEquals(List.of("sections[Progression]"), diff.changes(ChangeKind.REMOVED).stream().map(Change::path).toList());
        assertTrue(diff.changes(ChangeKind.ADDED).isEmpty());
        assertEquals("50", diff.at("sections[Revenue].weight").orElseThrow().before().orElseThrow());
    }
}
