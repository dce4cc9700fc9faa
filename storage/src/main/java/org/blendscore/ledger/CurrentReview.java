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
package org.blendscore.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;

/**
 * A subject's review as it stands: the computed review, untouched, and the adjustments and disputes
 * that refer to it, in the order they were appended. Where several adjustments override the same band
 * or measure, the last one counts. The overall score is the computed one: an adjustment overrides a band
 * or a measure's points as the reviewer decided them, it does not re-run the rubric.
 *
 * @param subjectId   the subject
 * @param reviewSeq   the computed review's sequence number in the subject's chain
 * @param computed    the computed review, as appended
 * @param adjustments the adjustments of it, in order
 * @param disputes    the disputes of it with their resolutions, in order
 */
public record CurrentReview(String subjectId, long reviewSeq, Review computed, List<Numbered<Adjustment>> adjustments,
                            List<DisputeStatus> disputes) {

    /**
     * Copies the lists.
     *
     * @param subjectId the subject
     * @param reviewSeq the computed review's sequence number in the subject's chain
     * @param computed the computed review, as appended
     * @param adjustments the adjustments of it, in order
     * @param disputes the disputes of it with their resolutions, in order
     */
    public CurrentReview {
        adjustments = List.copyOf(adjustments);
        disputes = List.copyOf(disputes);
    }

    /**
     * Derives a subject's current review from the events of its chain.
     *
     * @param subjectId the subject
     * @param reviewSeq the computed review's sequence number, or 0 for the last computed review
     * @param events    the subject's events, in order
     * @return the current review
     * @throws InvalidLedgerEntryException if there is no such review
     */
    public static CurrentReview derive(String subjectId, long reviewSeq, List<Numbered<Event>> events) {
        long seq = reviewSeq;
        if (seq == 0) {
            seq = events.stream().filter(n -> n.event() instanceof ComputedReview).mapToLong(Numbered::seq).max()
                    .orElseThrow(() -> LedgerMessages.noReview(subjectId));
        }
        Review computed = null;
        List<Numbered<Adjustment>> adjustments = new ArrayList<>();
        Map<Long, Numbered<Dispute>> disputes = new LinkedHashMap<>();
        Map<Long, Numbered<Resolution>> resolutions = new LinkedHashMap<>();
        for (Numbered<Event> n : events) {
            Event e = n.event();
            if (n.seq() == seq && e instanceof ComputedReview r) {
                computed = r.review();
            } else if (e instanceof Adjustment a && a.reviewSeq() == seq) {
                adjustments.add(new Numbered<>(n.seq(), a));
            } else if (e instanceof Dispute d && d.reviewSeq() == seq) {
                disputes.put(n.seq(), new Numbered<>(n.seq(), d));
            } else if (e instanceof Resolution r) {
                resolutions.put(r.disputeSeq(), new Numbered<>(n.seq(), r));
            }
        }
        if (computed == null) {
            throw LedgerMessages.noSuchEntry(subjectId, seq, EntryKind.REVIEW, "the current review of " + subjectId);
        }
        List<DisputeStatus> statuses = new ArrayList<>();
        disputes.forEach((k, d) -> statuses.add(new DisputeStatus(d, Optional.ofNullable(resolutions.get(k)))));
        return new CurrentReview(subjectId, seq, computed, adjustments, statuses);
    }

    /**
     * The band as it stands: the last band adjustment's, else the computed one.
     *
     * @return the band, empty if none was computed and none was given
     */
    public Optional<String> band() {
        Optional<String> band = computed.band();
        for (Numbered<Adjustment> a : adjustments) {
            if (a.event().change() instanceof Change.Band b) {
                band = Optional.of(b.band());
            }
        }
        return band;
    }

    /**
     * A measure's points as they stand: the last adjustment's for that measure, else the computed ones.
     *
     * @param measureId the measure
     * @return the points, empty if the review has no such measure or it has no points
     */
    public Optional<BigDecimal> points(String measureId) {
        Optional<BigDecimal> points = computed.measure(measureId).flatMap(MeasureResult::points);
        for (Numbered<Adjustment> a : adjustments) {
            if (a.event().change() instanceof Change.Points p && p.measureId().equals(measureId)) {
                points = Optional.of(p.points());
            }
        }
        return points;
    }

    /**
     * Whether any adjustment applies.
     *
     * @return {@code true} if the current review differs from, or was confirmed over, the computed one
     */
    public boolean adjusted() {
        return !adjustments.isEmpty();
    }

    /**
     * The current review in words, computed and adjusted side by side.
     *
     * @return the text
     */
    public String explain() {
        StringBuilder s = new StringBuilder();
        s.append(subjectId).append(", review ").append(reviewSeq).append(" (").append(computed.rubricId()).append(' ')
                .append(computed.rubricVersion()).append(", ").append(computed.period()).append(")\n");
        s.append("  overall ").append(computed.overall().toPlainString()).append(" (computed)\n");
        s.append("  band ").append(computed.band().orElse("none")).append(" computed");
        if (!band().equals(computed.band())) {
            s.append(", ").append(band().orElse("none")).append(" adjusted");
        }
        s.append('\n');
        for (Numbered<Adjustment> n : adjustments) {
            Adjustment a = n.event();
            s.append("  adjustment ").append(n.seq()).append(": ");
            if (a.change() instanceof Change.Band b) {
                s.append("band ").append(b.band());
            } else if (a.change() instanceof Change.Points p) {
                s.append(p.measureId()).append(' ').append(computed.measure(p.measureId()).flatMap(MeasureResult::points)
                        .map(BigDecimal::toPlainString).orElse("no points")).append(" -> ").append(p.points().toPlainString());
            }
            s.append(" by ").append(a.reviewer()).append(", approved by ").append(a.approver()).append(" at ").append(a.at())
                    .append(": ").append(a.reason()).append('\n');
        }
        for (DisputeStatus d : disputes) {
            Dispute dispute = d.dispute().event();
            s.append("  dispute ").append(d.dispute().seq()).append(" by ").append(dispute.raisedBy()).append(" at ")
                    .append(dispute.at()).append(": ").append(dispute.reason());
            d.resolution().ifPresentOrElse(r -> s.append("; ").append(r.event().outcome()).append(" (entry ").append(r.seq())
                    .append(") by ").append(r.event().resolvedBy()).append(": ").append(r.event().reason()), () -> s.append("; open"));
            s.append('\n');
        }
        return s.toString();
    }
}
