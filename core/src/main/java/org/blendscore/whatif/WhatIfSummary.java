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

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blendscore.impact.AdverseImpact;

/**
 * What a what-if run found over the whole population, from aggregates only: how many records were
 * scored under both versions and how many either rejected, how many scores rose, fell or stayed, the
 * band migration matrix, the measures that drive the change (contributions summed over the subjects
 * scored under both, largest change first) and, if groups were given, the adverse impact before and
 * after over those same subjects.
 *
 * @param scored records scored under both versions
 * @param rejectedBefore records the scorer before rejected
 * @param rejectedAfter records the scorer after rejected
 * @param rejected records either rejected (each reported once)
 * @param raised subjects whose overall score rose
 * @param lowered subjects whose overall score fell
 * @param unchanged subjects whose overall score stayed
 * @param migrations the band migration matrix
 * @param drivers every measure of either version with its summed contributions, largest change first
 * @param impactBefore the adverse impact under the scorer before; empty without groups or with no subject scored
 * @param impactAfter the adverse impact under the scorer after; empty without groups or with no subject scored
 */
public record WhatIfSummary(long scored, long rejectedBefore, long rejectedAfter, long rejected, long raised, long lowered,
                            long unchanged, BandMigrations migrations, List<MeasureChange> drivers,
                            Optional<AdverseImpact> impactBefore, Optional<AdverseImpact> impactAfter) {

    /**
     * Checks the parts are there and copies the drivers.
     *
     * @param scored records scored under both versions
     * @param rejectedBefore records the scorer before rejected
     * @param rejectedAfter records the scorer after rejected
     * @param rejected records either rejected
     * @param raised subjects whose overall score rose
     * @param lowered subjects whose overall score fell
     * @param unchanged subjects whose overall score stayed
     * @param migrations the band migration matrix
     * @param drivers the measures with their summed contributions
     * @param impactBefore the adverse impact before
     * @param impactAfter the adverse impact after
     * @throws NullPointerException naming the part that is null
     */
    public WhatIfSummary {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(impactBefore, "impactBefore");
        Objects.requireNonNull(impactAfter, "impactAfter");
        drivers = List.copyOf(drivers);
    }

    /**
     * How many records the run read.
     *
     * @return scored plus rejected records
     */
    public long total() {
        return scored + rejected;
    }

    /**
     * The summary as text: counts, the migration matrix, the drivers and the impact before and after.
     *
     * @return the text
     */
    public String render() {
        return WhatIfText.summary(this);
    }
}
