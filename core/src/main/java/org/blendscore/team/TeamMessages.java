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
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The texts of team goals: their argument errors and a team review's explanation, one named factory each. */
final class TeamMessages {

    private TeamMessages() {
    }

    /** A split deal without an id. */
    static String blankDealId() {
        return "a split deal's id must not be blank";
    }

    /** A negative amount, or one finer than cents. */
    static String badAmount(String dealId, BigDecimal amount) {
        return "deal '" + dealId + "': amount is " + amount.toPlainString() + ", must be 0 or more, in cents at most";
    }

    /** A split deal without shares. */
    static String noShares(String dealId) {
        return "deal '" + dealId + "': a split deal needs at least one share";
    }

    /** A rep named twice in one deal, or a blank rep id. */
    static String repNotDistinct(String dealId, String repId, List<Share> shares) {
        return "deal '" + dealId + "': rep '" + repId + "' is blank or named twice; shares " + shares(shares);
    }

    /** A share of 0 or less. */
    static String shareNotPositive(String dealId, Share share, List<Share> shares) {
        return "deal '" + dealId + "': rep '" + share.repId() + "' has a share of " + share.percent().toPlainString()
                + "%, must be greater than 0; shares " + shares(shares);
    }

    /** Shares whose sum is not exactly 100%. */
    static String sharesNotHundred(String dealId, BigDecimal sum, List<Share> shares) {
        return "deal '" + dealId + "': shares add up to " + sum.toPlainString() + "%, must be exactly 100%; shares " + shares(shares);
    }

    private static String shares(List<Share> shares) {
        return shares.stream().map(s -> s.repId() + " " + s.percent().toPlainString() + "%").collect(Collectors.joining(", "));
    }

    /** A negative actual of a rep's own deals. */
    static String negativeOwnActual(String repId, BigDecimal own) {
        return "rep '" + repId + "': own actual is " + own.toPlainString() + ", must not be negative";
    }

    /** One deal given twice. */
    static String dealTwice(String dealId) {
        return "deal '" + dealId + "' is split twice";
    }

    /** A share of a rep outside the team. */
    static String unknownRep(String dealId, String repId, Collection<String> reps) {
        return "deal '" + dealId + "': rep '" + repId + "' is not one of the reps " + reps;
    }

    /** A review of someone else. */
    static String otherSubject(String repId, String subjectId) {
        return "the credited actual is rep '" + repId + "''s, the review is subject '" + subjectId + "''s";
    }

    /** A review without the quota measure. */
    static String noQuota(String subjectId, String measureId) {
        return "subject '" + subjectId + "': the review has no quota measure '" + measureId + "'";
    }

    /** A review scored with another actual. */
    static String actualDiffers(String repId, String measureId, BigDecimal reported, BigDecimal total) {
        return "rep '" + repId + "', measure '" + measureId + "': the review's reported actual is " + reported.toPlainString()
                + ", the credited actual " + total.toPlainString();
    }

    /** The label of a rollup weighted by a quota measure's target. */
    static String weightedBy(String measureId) {
        return "weighted by " + measureId + " target";
    }

    /** The label of the first step of a credited actual: the deals the rep closed alone. */
    static String ownDeals() {
        return "own deals";
    }

    /** The label of a split part's step. */
    static String splitOf(String dealId) {
        return "split " + dealId;
    }

    /** The detail of a split part's step. */
    static String partDetail(CreditPart p) {
        return p.percent().stripTrailingZeros().toPlainString() + "% of " + p.dealAmount().setScale(2).toPlainString();
    }

    /** A pooled measure that is also the source. */
    static String pooledIsSource(String teamId, String measureId) {
        return "team '" + teamId + "': the pooled measure '" + measureId + "' must differ from the source measure";
    }

    /** No members, or one member named twice. */
    static String membersNotDistinct(String teamId, List<String> members) {
        return "team '" + teamId + "': members must be at least one and distinct: " + members;
    }

    /** A member without evidence. */
    static String memberMissing(String teamId, String member) {
        return "team '" + teamId + "': member '" + member + "' has no evidence";
    }

    /** A member without the source measure's actual. */
    static String memberWithoutActual(String teamId, String member, String measureId) {
        return "team '" + teamId + "': member '" + member + "' has no quota actual for '" + measureId + "'";
    }

    /** A member reporting the pooled measure themselves. */
    static String pooledAlreadyReported(String teamId, String member, String measureId) {
        return "team '" + teamId + "': member '" + member + "' already reports the pooled measure '" + measureId + "'";
    }

    /** A member with two evidence records or reviews. */
    static String memberTwice(String teamId, String member) {
        return "team '" + teamId + "': member '" + member + "' appears twice";
    }

    /** Weights that add up to 0. */
    static String noWeight(String teamId, Aggregation aggregation) {
        return "team '" + teamId + "': the members' weights (" + aggregation.label() + ") add up to 0";
    }

    /** A team review in plain text. */
    static String explain(TeamReview t) {
        StringBuilder b = new StringBuilder("team ").append(t.teamId()).append(": ")
                .append(t.score().map(BigDecimal::toPlainString).orElse("no score")).append(" (")
                .append(t.aggregation().label()).append(" of ").append(t.counted().size()).append(" members)\n");
        for (MemberScore m : t.counted()) {
            b.append("  ").append(m.subjectId()).append(' ').append(m.overall().toPlainString());
            if (t.aggregation() instanceof Aggregation.WeightedByQuota) {
                b.append(" x ").append(m.weight().toPlainString());
            }
            b.append('\n');
        }
        t.rejected().forEach(s -> b.append("  ").append(s).append(": rejected, left out\n"));
        t.missing().forEach(s -> b.append("  ").append(s).append(": no review, left out\n"));
        return b.toString();
    }
}
