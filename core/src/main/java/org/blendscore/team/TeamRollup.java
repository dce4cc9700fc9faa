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
package org.blendscore.team;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.scoring.BatchResult;
import org.blendscore.scoring.RejectedRecord;

/**
 * Rolls a team's review up from its members' reviews with a declared {@link Aggregation}.
 *
 * <p>The aggregate is computed exactly (as a fraction) and rounded half-even to 2 decimals once, at the
 * end; the members are taken in subject-id order, so the result does not depend on the order of the
 * reviews. A member whose evidence was rejected, or who has neither a review nor a rejection, is
 * listed as such and left out of the aggregate, never counted as zero.
 *
 * @param teamId the team
 * @param members the members' subject ids, each once
 * @param aggregation how the members' overall scores are rolled up
 */
public record TeamRollup(String teamId, List<String> members, Aggregation aggregation) {

    private static final int SCALE = 2;

    /**
     * Checks the team and copies the members.
     *
     * @param teamId the team
     * @param members the members' subject ids, each once
     * @param aggregation how the members' overall scores are rolled up
     */
    public TeamRollup {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(aggregation, "aggregation");
        members = List.copyOf(members);
        if (members.isEmpty() || new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException(TeamMessages.membersNotDistinct(teamId, members));
        }
    }

    /**
     * The team's review from a batch in which the members were scored (others' reviews are ignored).
     *
     * @param batch the scored batch
     * @return the team review
     * @throws IllegalArgumentException when a member has two reviews, or, weighted by quota, a member's
     *     review has no such quota measure or the members' targets add up to 0
     */
    public TeamReview roll(BatchResult batch) {
        Objects.requireNonNull(batch, "batch");
        return roll(batch.reviews(), batch.rejected().stream().map(RejectedRecord::subjectId).toList());
    }

    /**
     * The team's review from its members' reviews (others' reviews are ignored).
     *
     * @param reviews the reviews, in any order
     * @param rejectedSubjects the subjects whose evidence was rejected, in any order
     * @return the team review
     * @throws IllegalArgumentException as {@link #roll(BatchResult)}
     */
    public TeamReview roll(List<Review> reviews, List<String> rejectedSubjects) {
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(rejectedSubjects, "rejectedSubjects");
        Set<String> in = Set.copyOf(members);
        Map<String, Review> byMember = new TreeMap<>();
        for (Review r : reviews) {
            if (in.contains(r.subjectId()) && byMember.put(r.subjectId(), r) != null) {
                throw new IllegalArgumentException(TeamMessages.memberTwice(teamId, r.subjectId()));
            }
        }
        List<String> rejected = rejectedSubjects.stream().filter(in::contains).filter(s -> !byMember.containsKey(s))
                .distinct().sorted().toList();
        List<String> missing = members.stream().filter(m -> !byMember.containsKey(m) && !rejected.contains(m)).sorted().toList();
        List<MemberScore> counted = new ArrayList<>();
        for (Review r : byMember.values()) {
            counted.add(new MemberScore(r.subjectId(), r.overall(), weight(r)));
        }
        return new TeamReview(teamId, aggregation, aggregate(counted), counted, rejected, missing);
    }

    private BigDecimal weight(Review r) {
        if (!(aggregation instanceof Aggregation.WeightedByQuota w)) {
            return BigDecimal.ONE;
        }
        Optional<MeasureResult> m = r.measure(w.measureId());
        if (m.isEmpty() || !(m.get().input() instanceof QuotaInput q)) {
            throw new IllegalArgumentException(TeamMessages.noQuota(r.subjectId(), w.measureId()));
        }
        return q.target();
    }

    private Optional<BigDecimal> aggregate(List<MemberScore> counted) {
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        if (aggregation instanceof Aggregation.Median) {
            List<BigDecimal> sorted = counted.stream().map(MemberScore::overall).sorted(Comparator.naturalOrder()).toList();
            int n = sorted.size();
            Fraction mid = n % 2 == 1 ? Fraction.of(sorted.get(n / 2))
                    : Fraction.of(sorted.get(n / 2 - 1)).add(Fraction.of(sorted.get(n / 2))).divide(Fraction.of(2));
            return Optional.of(mid.toBigDecimal(SCALE));
        }
        Fraction sum = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        for (MemberScore s : counted) {
            Fraction w = Fraction.of(s.weight());
            sum = sum.add(Fraction.of(s.overall()).multiply(w));
            weights = weights.add(w);
        }
        if (weights.signum() == 0) {
            throw new IllegalArgumentException(TeamMessages.noWeight(teamId, aggregation));
        }
        return Optional.of(sum.divide(weights).toBigDecimal(SCALE));
    }
}
