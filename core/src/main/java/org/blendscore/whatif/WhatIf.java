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

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.blendscore.evidence.Evidence;
import org.blendscore.impact.Outcome;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.RejectedRecord;
import org.blendscore.scoring.Scorer;

/**
 * Re-scores a population under two scorers side by side (typically two versions of a rubric), streaming:
 * each record is pulled, scored by both, handed on as a {@link SubjectChange} row (or a
 * {@link WhatIfRejection} if either scorer rejects it) and forgotten. Only aggregates are kept (see
 * {@link WhatIfSummary}), whose size depends on the rubrics and the number of groups and never on the
 * population's, so a whole company fits a fixed heap.
 *
 * <pre>{@code
 * WhatIfSummary summary = WhatIf.of(Scorer.of(v2026_1), Scorer.of(v2026_2))
 *         .withImpact(groupBySubject, Outcome.bandAtLeast(v2026_1, "Meets"), Outcome.bandAtLeast(v2026_2, "Meets"), 30)
 *         .run(evidence, row -> System.out.println(row), rejected -> log(rejected));
 * System.out.println(summary.render());
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code run} keeps its own aggregates. Each subject is expected
 * once in a population: a streaming run does not keep subject ids to find a second record.
 */
public final class WhatIf {

    /** How many measures a row names as drivers unless told otherwise. */
    public static final int DEFAULT_DRIVERS = 3;

    private final Scorer before;
    private final Scorer after;
    private final Optional<ImpactGroups> groups;
    private final int drivers;

    private WhatIf(Scorer before, Scorer after, Optional<ImpactGroups> groups, int drivers) {
        this.before = before;
        this.after = after;
        this.groups = groups;
        this.drivers = drivers;
    }

    /**
     * A what-if of two scorers, without adverse impact, naming {@value #DEFAULT_DRIVERS} drivers a row.
     *
     * @param before the scorer before, such as the rubric in force
     * @param after the scorer after, such as its proposed revision
     * @return the what-if
     */
    public static WhatIf of(Scorer before, Scorer after) {
        return new WhatIf(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"), Optional.empty(),
                DEFAULT_DRIVERS);
    }

    /**
     * A copy that also gives the adverse impact before and after.
     *
     * @param groupBySubject the group label of every subject, by subject id
     * @param outcomeBefore what counts as selected under the scorer before
     * @param outcomeAfter what counts as selected under the scorer after
     * @param minimumGroupSize the fewest members a group needs to be judged; at least 1
     * @return the copy
     * @throws IllegalArgumentException if an outcome is a top percent, or a band of another rubric than its scorer's
     */
    public WhatIf withImpact(Map<String, String> groupBySubject, Outcome outcomeBefore, Outcome outcomeAfter, int minimumGroupSize) {
        Objects.requireNonNull(groupBySubject, "groupBySubject");
        return withImpact(new ImpactGroups(groupBySubject::get, outcomeBefore, outcomeAfter, minimumGroupSize));
    }

    /**
     * A copy that also gives the adverse impact before and after.
     *
     * @param groups the subjects' groups, the outcomes and the minimum group size
     * @return the copy
     * @throws IllegalArgumentException if an outcome is a band of another rubric than its scorer's
     */
    public WhatIf withImpact(ImpactGroups groups) {
        Objects.requireNonNull(groups, "groups");
        checkOutcome(groups.before(), before.rubric(), "before");
        checkOutcome(groups.after(), after.rubric(), "after");
        return new WhatIf(before, after, Optional.of(groups), drivers);
    }

    /**
     * A copy that names up to {@code count} drivers a row.
     *
     * @param count how many measures a row names, 0 or more
     * @return the copy
     * @throws IllegalArgumentException if the count is negative
     */
    public WhatIf withDrivers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException(WhatIfText.negativeDrivers(count));
        }
        return new WhatIf(before, after, groups, count);
    }

    private static void checkOutcome(Outcome outcome, Rubric rubric, String side) {
        if (outcome instanceof Outcome.BandAtLeast band) {
            List<String> labels = rubric.bands().stream().map(Band::label).toList();
            if (!band.rubricId().equals(rubric.id()) || !band.bandsHighestFirst().equals(labels)) {
                throw new IllegalArgumentException(WhatIfText.outcomeOfOtherRubric(side, band, rubric));
            }
        }
    }

    /**
     * Re-scores a stream of evidence; see {@link #run(Iterable, Consumer, Consumer)}.
     *
     * @param population the evidence, one record per subject
     * @param rows receives each subject scored under both versions
     * @param rejected receives each record either version rejected
     * @return the aggregates
     */
    public WhatIfSummary run(Stream<? extends Evidence> population, Consumer<? super SubjectChange> rows,
                             Consumer<? super WhatIfRejection> rejected) {
        Stream<Evidence> records = Objects.requireNonNull(population, "population").map(Evidence.class::cast);
        Iterable<Evidence> once = records::iterator;
        return run(once, rows, rejected);
    }

    /**
     * Re-scores a population under both scorers, one record at a time, in the population's order.
     * A record that either version rejects (or a null record) goes to {@code rejected} with each
     * version's problems and counts in no migration or impact figure.
     *
     * @param population the evidence, one record per subject
     * @param rows receives each subject scored under both versions
     * @param rejected receives each record either version rejected
     * @return the aggregates
     * @throws IllegalArgumentException if groups were given and a scored subject has none; the run stops there
     * @throws ArithmeticException if a record beyond position {@link Integer#MAX_VALUE} is rejected, as
     *     {@link RejectedRecord#index()} cannot hold its position
     */
    public WhatIfSummary run(Iterable<? extends Evidence> population, Consumer<? super SubjectChange> rows,
                             Consumer<? super WhatIfRejection> rejected) {
        Iterator<? extends Evidence> records = Objects.requireNonNull(population, "population").iterator();
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(rejected, "rejected");
        Tally tally = new Tally(labels(before.rubric()), labels(after.rubric()), groups);
        Side first = new Side();
        Side second = new Side();
        for (long index = 0; records.hasNext(); index++) {
            List<Evidence> one = Collections.singletonList(records.next());
            first.score(before, one);
            second.score(after, one);
            if (first.review != null && second.review != null) {
                List<MeasureChange> changes = tally.scored(first.review, second.review, drivers);
                Review b = first.review;
                Review a = second.review;
                rows.accept(new SubjectChange(index, b.subjectId(), b.overall(), b.band(), a.overall(), a.band(), changes));
            } else {
                tally.rejected(first.rejected != null, second.rejected != null);
                String subject = (first.rejected != null ? first.rejected : second.rejected).subjectId();
                rejected.accept(new WhatIfRejection(index, subject, first.at(index), second.at(index)));
            }
        }
        return tally.summary();
    }

    private static List<String> labels(Rubric rubric) {
        return rubric.bands().stream().map(Band::label).toList();
    }

    /** One scorer's outcome of the current record. */
    private static final class Side {
        Review review;
        RejectedRecord rejected;

        void score(Scorer scorer, List<Evidence> one) {
            review = null;
            rejected = null;
            scorer.scoreAll(one, r -> review = r, r -> rejected = r);
        }

        Optional<RejectedRecord> at(long index) {
            return Optional.ofNullable(rejected).map(r -> new RejectedRecord(Math.toIntExact(index), r.subjectId(), r.problems(),
                    r.omittedProblems()));
        }
    }
}
