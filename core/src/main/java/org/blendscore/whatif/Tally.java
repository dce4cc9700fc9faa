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
package org.blendscore.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.GroupCount;
import org.blendscore.impact.Outcome;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;

/**
 * The aggregates of one what-if run, and nothing per subject: the migration counts, the contribution
 * sums per measure, the counts per group. Its size depends on the rubrics and the number of groups,
 * never on the population's.
 */
final class Tally {

    private final List<String> bandsBefore;
    private final List<String> bandsAfter;
    private final long[][] migrations;
    private final Map<String, BigDecimal[]> contributions = new LinkedHashMap<>();
    private final Optional<ImpactGroups> groups;
    private final Map<String, int[]> countsBefore = new TreeMap<>();
    private final Map<String, int[]> countsAfter = new TreeMap<>();
    private long scored;
    private long rejectedBefore;
    private long rejectedAfter;
    private long rejected;
    private long raised;
    private long lowered;
    private long unchanged;

    Tally(List<String> bandsBefore, List<String> bandsAfter, Optional<ImpactGroups> groups) {
        this.bandsBefore = withNoBand(bandsBefore);
        this.bandsAfter = withNoBand(bandsAfter);
        this.migrations = new long[this.bandsBefore.size()][this.bandsAfter.size()];
        this.groups = groups;
    }

    private static List<String> withNoBand(List<String> bands) {
        List<String> labels = new ArrayList<>(bands);
        labels.add(BandMigrations.NO_BAND);
        return labels;
    }

    /** Counts a subject scored under both versions; gives its drivers, at most {@code drivers} of them. */
    List<MeasureChange> scored(Review before, Review after, int drivers) {
        scored++;
        int change = after.overall().compareTo(before.overall());
        if (change > 0) {
            raised++;
        } else if (change < 0) {
            lowered++;
        } else {
            unchanged++;
        }
        migrations[bandsBefore.indexOf(before.band().orElse(BandMigrations.NO_BAND))]
                [bandsAfter.indexOf(after.band().orElse(BandMigrations.NO_BAND))]++;
        Map<String, BigDecimal[]> mine = new LinkedHashMap<>();
        for (MeasureResult m : before.measures()) {
            mine.computeIfAbsent(m.id(), id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] = m.contribution();
        }
        for (MeasureResult m : after.measures()) {
            mine.computeIfAbsent(m.id(), id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] = m.contribution();
        }
        List<MeasureChange> changes = new ArrayList<>(mine.size());
        for (Map.Entry<String, BigDecimal[]> e : mine.entrySet()) {
            BigDecimal[] sums = contributions.computeIfAbsent(e.getKey(), id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(e.getValue()[0]);
            sums[1] = sums[1].add(e.getValue()[1]);
            MeasureChange c = new MeasureChange(e.getKey(), e.getValue()[0], e.getValue()[1]);
            if (c.delta().signum() != 0) {
                changes.add(c);
            }
        }
        changes.sort(LARGEST_CHANGE_FIRST);
        groups.ifPresent(g -> {
            String group = g.groupOf().apply(before.subjectId());
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException(WhatIfText.noGroup(before.subjectId(), group));
            }
            count(countsBefore, group, selected(before, g.before()));
            count(countsAfter, group, selected(after, g.after()));
        });
        return changes.size() > drivers ? List.copyOf(changes.subList(0, drivers)) : changes;
    }

    /** Largest absolute change first; ties in measure id order, so the order never depends on the run. */
    static final Comparator<MeasureChange> LARGEST_CHANGE_FIRST = Comparator
            .comparing((MeasureChange c) -> c.delta().abs(), Comparator.reverseOrder()).thenComparing(MeasureChange::measureId);

    void rejected(boolean before, boolean after) {
        rejected++;
        if (before) {
            rejectedBefore++;
        }
        if (after) {
            rejectedAfter++;
        }
    }

    private static void count(Map<String, int[]> counts, String group, boolean selected) {
        int[] c = counts.computeIfAbsent(group, g -> new int[2]);
        c[0] = Math.addExact(c[0], 1);
        if (selected) {
            c[1]++;
        }
    }

    private static boolean selected(Review review, Outcome outcome) {
        if (outcome instanceof Outcome.BandAtLeast band) {
            return review.band().map(band::selects).orElse(false);
        }
        return review.overall().compareTo(((Outcome.OverallAtLeast) outcome).threshold()) >= 0;
    }

    WhatIfSummary summary() {
        List<MeasureChange> drivers = new ArrayList<>();
        contributions.forEach((id, sums) -> drivers.add(new MeasureChange(id, sums[0], sums[1])));
        drivers.sort(LARGEST_CHANGE_FIRST);
        Optional<AdverseImpact> impactBefore = groups.flatMap(g -> impact(countsBefore, g.before(), g.minimumGroupSize()));
        Optional<AdverseImpact> impactAfter = groups.flatMap(g -> impact(countsAfter, g.after(), g.minimumGroupSize()));
        return new WhatIfSummary(scored, rejectedBefore, rejectedAfter, rejected, raised, lowered, unchanged,
                new BandMigrations(bandsBefore, bandsAfter, migrations), drivers, impactBefore, impactAfter);
    }

    private static Optional<AdverseImpact> impact(Map<String, int[]> counts, Outcome outcome, int minimumGroupSize) {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<GroupCount> list = new ArrayList<>();
        counts.forEach((group, c) -> list.add(new GroupCount(group, c[0], c[1])));
        return Optional.of(AdverseImpact.ofCounts(list, outcome, minimumGroupSize, Optional.empty()));
    }
}
