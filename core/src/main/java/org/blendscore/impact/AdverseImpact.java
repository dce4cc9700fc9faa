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
package org.blendscore.impact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.blendscore.review.Review;

/**
 * An adverse-impact analysis of reviews: per group, how many were selected by an {@link Outcome},
 * the selection rate, the impact ratio against the group with the highest rate, the four-fifths
 * rule, a pooled two-proportion z test and Fisher's exact test.
 *
 * <pre>{@code
 * AdverseImpact impact = AdverseImpact.of(reviews, groupBySubject, Outcome.bandAtLeast(rubric, "Meets"), 30);
 * System.out.println(impact.render());
 * if (impact.anyFlagged()) { ... }
 * }</pre>
 *
 * <p>The group labels are given separately, by subject id: a group is never an input to scoring, and
 * the reviews do not carry it. Every reviewed subject needs a label; labels of subjects without a
 * review are ignored. Each subject is counted once, so one review per subject is allowed.
 *
 * <p>The reference group is the group with the highest selection rate among the groups with at
 * least the minimum number of members (ties: the larger group, then the label first in natural
 * order). Every other group is compared with it; one below the minimum size is reported as
 * {@link Verdict#TOO_SMALL} and never flagged, though its numbers are shown. A group is flagged when
 * its impact ratio is below four fifths, decided in integer arithmetic, so a ratio of exactly 0.8 is
 * not flagged. When the reference group had no one selected, there is no ratio and nobody is flagged.
 *
 * @param outcome what counts as selected
 * @param minimumGroupSize the fewest members a group needs to be judged
 * @param reviewCount how many reviews were analysed
 * @param selectedCount how many of them were selected
 * @param cutoff for a top-N% outcome, the lowest selected overall score; empty for other outcomes
 * @param referenceGroup the reference group's label; empty if no group is large enough to judge
 * @param groups every group, in the natural order of the labels
 */
public record AdverseImpact(Outcome outcome, int minimumGroupSize, int reviewCount, int selectedCount,
                            Optional<BigDecimal> cutoff, Optional<String> referenceGroup, List<GroupImpact> groups) {

    /**
     * Checks the parts and copies the groups.
     *
     * @param outcome what counts as selected
     * @param minimumGroupSize the fewest members a group needs to be judged
     * @param reviewCount how many reviews were analysed
     * @param selectedCount how many of them were selected
     * @param cutoff for a top-N% outcome, the lowest selected overall score; empty for other outcomes
     * @param referenceGroup the reference group's label; empty if no group is large enough to judge
     * @param groups every group, in the natural order of the labels
     * @throws NullPointerException naming what is null: the outcome, cutoff, reference group, group list or a group by its index
     * @throws IllegalArgumentException if the reference group is not one of the groups, or a group is
     *     compared with another group than the reference group (or with one when there is none)
     */
    public AdverseImpact {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(referenceGroup, "referenceGroup");
        groups = ImpactArguments.list(groups, "groups");
        List<String> labels = groups.stream().map(GroupImpact::group).toList();
        referenceGroup.filter(r -> !labels.contains(r)).ifPresent(r -> {
            throw new IllegalArgumentException(ImpactMessages.unknownReferenceGroup(r, labels));
        });
        for (GroupImpact g : groups) {
            if (g.againstReference().isPresent()) {
                String named = g.againstReference().get().referenceGroup();
                if (referenceGroup.isEmpty()) {
                    throw new IllegalArgumentException(ImpactMessages.comparedWithoutReference(g.group(), named));
                }
                if (!named.equals(referenceGroup.get())) {
                    throw new IllegalArgumentException(ImpactMessages.otherReferenceGroup(g.group(), named, referenceGroup.get()));
                }
            }
        }
    }

    /**
     * Analyses reviews for adverse impact.
     *
     * @param reviews one review per subject; not empty
     * @param groupBySubject the group label of every reviewed subject, by subject id
     * @param outcome what counts as selected
     * @param minimumGroupSize the fewest members a group needs to be judged; at least 1
     * @return the analysis
     * @throws IllegalArgumentException if there are no reviews, a subject has no group label or a
     *     blank one, a subject has more than one review, the minimum group size is below 1, or the
     *     outcome is a band of another rubric than a review's; the message names the subject or value
     * @throws NullPointerException naming what is null: the review list, a review by its index, the
     *     group map or the outcome
     */
    public static AdverseImpact of(List<Review> reviews, Map<String, String> groupBySubject, Outcome outcome,
                                   int minimumGroupSize) {
        ImpactArguments.map(groupBySubject, "groupBySubject");
        Objects.requireNonNull(outcome, "outcome");
        reviews = ImpactArguments.list(reviews, "reviews");
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException(ImpactMessages.minimumGroupSize(minimumGroupSize));
        }
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException(ImpactMessages.noReviews());
        }
        Map<String, Integer> perSubject = new LinkedHashMap<>();
        List<String> unlabelled = new ArrayList<>();
        for (Review r : reviews) {
            perSubject.merge(r.subjectId(), 1, Integer::sum);
            if (perSubject.get(r.subjectId()) == 1) {
                String group = groupBySubject.get(r.subjectId());
                if (group == null) {
                    unlabelled.add(r.subjectId());
                } else if (group.isBlank()) {
                    throw new IllegalArgumentException(ImpactMessages.blankGroup(r.subjectId()));
                }
            }
        }
        for (Map.Entry<String, Integer> e : perSubject.entrySet()) {
            if (e.getValue() > 1) {
                throw new IllegalArgumentException(ImpactMessages.duplicateSubject(e.getKey(), e.getValue()));
            }
        }
        if (!unlabelled.isEmpty()) {
            throw new IllegalArgumentException(ImpactMessages.missingGroups(unlabelled));
        }

        Optional<BigDecimal> cutoff = Optional.empty();
        if (outcome instanceof Outcome.TopPercent top) {
            cutoff = Optional.of(cutoff(reviews, top.percent()));
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Review r : reviews) {
            boolean selected = selected(r, outcome, cutoff);
            int[] c = counts.computeIfAbsent(groupBySubject.get(r.subjectId()), g -> new int[2]);
            c[0]++;
            if (selected) {
                c[1]++;
            }
        }
        return analyse(counts, outcome, minimumGroupSize, cutoff);
    }

    /**
     * Analyses counts made elsewhere, such as by a distributed engine's aggregation over reviews
     * joined with their subjects' groups: the same analysis as {@link #of}, from each group's number
     * of reviews and of selected reviews.
     *
     * @param counts one count per group, each label once
     * @param outcome what counted as selected
     * @param minimumGroupSize the fewest members a group needs to be judged; at least 1
     * @param cutoff for a {@link Outcome.TopPercent} outcome, the lowest selected overall score (the
     *     k-th highest, k = the review count times the percent over 100, rounded up); empty for other outcomes
     * @return the analysis
     * @throws IllegalArgumentException if there are no counts, a group is counted twice, the minimum
     *     group size is below 1, or the cutoff is given for another outcome than a top percent or missing for one
     * @throws NullPointerException naming what is null: the count list, a count by its index, the outcome or the cutoff
     */
    public static AdverseImpact ofCounts(List<GroupCount> counts, Outcome outcome, int minimumGroupSize,
                                         Optional<BigDecimal> cutoff) {
        counts = ImpactArguments.list(counts, "counts");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(cutoff, "cutoff");
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException(ImpactMessages.minimumGroupSize(minimumGroupSize));
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException(ImpactMessages.noReviews());
        }
        if (cutoff.isPresent() != outcome instanceof Outcome.TopPercent) {
            throw new IllegalArgumentException(ImpactMessages.cutoffForOutcome(outcome, cutoff));
        }
        Map<String, int[]> byGroup = new TreeMap<>();
        for (GroupCount c : counts) {
            if (byGroup.put(c.group(), new int[] {c.count(), c.selected()}) != null) {
                throw new IllegalArgumentException(ImpactMessages.duplicateGroup(c.group()));
            }
        }
        return analyse(byGroup, outcome, minimumGroupSize, cutoff);
    }

    /** The analysis of [count, selected] by group label, the labels in natural order. */
    private static AdverseImpact analyse(Map<String, int[]> counts, Outcome outcome, int minimumGroupSize,
                                         Optional<BigDecimal> cutoff) {
        int reviewCount = 0;
        int selectedCount = 0;
        for (int[] c : counts.values()) {
            reviewCount += c[0];
            selectedCount += c[1];
        }
        String reference = null;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] < minimumGroupSize) {
                continue;
            }
            if (reference == null || higherRate(c, counts.get(reference))) {
                reference = e.getKey();
            }
        }

        List<GroupImpact> groups = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String group = e.getKey();
            int n = e.getValue()[0];
            int x = e.getValue()[1];
            Optional<AgainstReference> against = Optional.empty();
            Verdict verdict;
            if (group.equals(reference)) {
                verdict = Verdict.REFERENCE;
            } else {
                if (reference != null && counts.get(reference)[1] > 0) {
                    int[] ref = counts.get(reference);
                    against = Optional.of(compare(reference, ref[0], ref[1], n, x));
                }
                if (n < minimumGroupSize) {
                    verdict = Verdict.TOO_SMALL;
                } else {
                    verdict = against.map(a -> a.belowFourFifths() ? Verdict.FLAGGED : Verdict.NOT_FLAGGED).orElse(Verdict.NOT_FLAGGED);
                }
            }
            groups.add(new GroupImpact(group, n, x, verdict, against));
        }
        return new AdverseImpact(outcome, minimumGroupSize, reviewCount, selectedCount, cutoff,
                Optional.ofNullable(reference), groups);
    }

    /**
     * The group with this label.
     *
     * @param label a group label
     * @return the group, or empty if no review had that label
     */
    public Optional<GroupImpact> group(String label) {
        return groups.stream().filter(g -> g.group().equals(label)).findFirst();
    }

    /**
     * The groups flagged by the four-fifths rule.
     *
     * @return the flagged groups, in label order
     */
    public List<GroupImpact> flaggedGroups() {
        return groups.stream().filter(GroupImpact::flagged).toList();
    }

    /**
     * Whether any group is flagged.
     *
     * @return true if some group's impact ratio is below four fifths
     */
    public boolean anyFlagged() {
        return groups.stream().anyMatch(GroupImpact::flagged);
    }

    /**
     * Renders the analysis as a plain-text table, one line per group.
     *
     * @return the table, lines separated by {@code \n}
     */
    public String render() {
        return ImpactText.render(this);
    }

    /** The same as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }

    private static boolean selected(Review r, Outcome outcome, Optional<BigDecimal> cutoff) {
        if (outcome instanceof Outcome.BandAtLeast band) {
            if (!band.rubricId().equals(r.rubricId())) {
                throw new IllegalArgumentException(ImpactMessages.otherRubric(r.subjectId(), r.rubricId(), band.rubricId()));
            }
            if (r.band().isEmpty()) {
                // an incomplete review without a band reaches no band: not selected
                return false;
            }
            String label = r.band().get();
            if (!band.bandsHighestFirst().contains(label)) {
                throw new IllegalArgumentException(ImpactMessages.unknownReviewBand(r.subjectId(), label, band.rubricId(),
                        band.bandsHighestFirst()));
            }
            return band.selects(label);
        }
        if (outcome instanceof Outcome.OverallAtLeast at) {
            return r.overall().compareTo(at.threshold()) >= 0;
        }
        return r.overall().compareTo(cutoff.orElseThrow()) >= 0;
    }

    /** The k-th highest overall score, k = ⌈n x percent / 100⌉. */
    private static BigDecimal cutoff(List<Review> reviews, BigDecimal percent) {
        List<BigDecimal> overall = reviews.stream().map(Review::overall).sorted(Comparator.reverseOrder()).toList();
        int k = BigDecimal.valueOf(overall.size()).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
        return overall.get(Math.max(1, k) - 1);
    }

    /** Whether a (count, selected) has a higher rate than b, or the same rate and more members. */
    private static boolean higherRate(int[] a, int[] b) {
        long lhs = (long) a[1] * b[0];
        long rhs = (long) b[1] * a[0];
        return lhs > rhs || (lhs == rhs && a[0] > b[0]);
    }

    private static AgainstReference compare(String reference, int nRef, int xRef, int n, int x) {
        BigInteger num = BigInteger.valueOf(x).multiply(BigInteger.valueOf(nRef));
        BigInteger den = BigInteger.valueOf(n).multiply(BigInteger.valueOf(xRef));
        double ratio = new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128).doubleValue();
        boolean below = num.multiply(BigInteger.valueOf(5)).compareTo(den.multiply(BigInteger.valueOf(4))) < 0;
        OptionalDouble z = Statistics.pooledZ(xRef, nRef, x, n);
        OptionalDouble p = z.isPresent() ? OptionalDouble.of(Statistics.twoSidedNormalP(z.getAsDouble())) : OptionalDouble.empty();
        return new AgainstReference(reference, ratio, below, z, p, Statistics.fisherTwoSided(x, n, xRef, nRef));
    }
}
