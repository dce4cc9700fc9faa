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
import java.util.List;
import java.util.Objects;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.review.TargetStep;

/**
 * One rep's quota actual under split credit: the deals the rep closed alone plus the rep's parts of
 * the shared deals, each part listed.
 *
 * <p>The rep's {@link #quotaActual()} carries the parts as its {@link ActualBasis}, and the scorer
 * lists them as the first steps of the measure's actual in the review's input, so that
 * {@code explain()} and every reader of {@link QuotaInput#actualSteps()} (JSON, documents) show them.
 * {@link #shownIn(Review, String)} is then needed only for a review scored from the bare total (such
 * as evidence written before the basis existed); on a review that already shows the parts it changes
 * nothing.
 *
 * @param repId the rep
 * @param own the actual of the deals the rep closed alone
 * @param parts the rep's parts of split deals, in the order the deals were given
 */
public record CreditedActual(String repId, BigDecimal own, List<CreditPart> parts) {

    /**
     * Checks that the parts are present and copies the list.
     *
     * @param repId the rep
     * @param own the actual of the deals the rep closed alone
     * @param parts the rep's parts of split deals
     */
    public CreditedActual {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(own, "own");
        parts = List.copyOf(parts);
    }

    /**
     * The rep's whole actual: own plus every part.
     *
     * @return the total
     */
    public BigDecimal total() {
        BigDecimal t = own;
        for (CreditPart p : parts) {
            t = t.add(p.part());
        }
        return t;
    }

    /**
     * The evidence of the rep's quota measure.
     *
     * @return a quota actual of {@link #total()}, without relief; when the rep has split parts, its
     *     basis lists the own deals and each part, so that the review shows them
     */
    public QuotaActual quotaActual() {
        QuotaActual actual = new QuotaActual(total());
        if (parts.isEmpty()) {
            return actual;
        }
        List<BasisPart> basis = new ArrayList<>();
        basis.add(new BasisPart(TeamMessages.ownDeals(), own, ""));
        for (CreditPart p : parts) {
            basis.add(new BasisPart(TeamMessages.splitOf(p.dealId()), p.part(), TeamMessages.partDetail(p)));
        }
        return actual.withBasis(new ActualBasis("", basis));
    }

    /** The steps of the own deals and each part, with the running sum, as the scorer shows a basis. */
    private List<TargetStep> partSteps() {
        List<TargetStep> steps = new ArrayList<>();
        steps.add(new TargetStep(TeamMessages.ownDeals(), "=", own, own, ""));
        BigDecimal running = own;
        for (CreditPart p : parts) {
            running = running.add(p.part());
            steps.add(new TargetStep(TeamMessages.splitOf(p.dealId()), "+", p.part(), running, TeamMessages.partDetail(p)));
        }
        return steps;
    }

    /**
     * The review with the rep's parts shown as the steps of the measure's actual: {@code own deals
     * 80,000 + split d-7 100,000.00 = 180,000.00}, each part's share and deal in the step's detail.
     * Everything else of the review (scores, contributions, provenance) stays as it was. A review
     * scored with {@link #quotaActual()} shows the parts already and is returned as it is.
     *
     * @param review the rep's review, scored with {@link #quotaActual()} (relief credits may follow)
     * @param measureId the quota measure credited
     * @return the review showing the parts; the same review when the rep has no parts
     * @throws IllegalArgumentException when the review is another subject's, has no such quota measure,
     *     or its reported actual is not this rep's total
     */
    public Review shownIn(Review review, String measureId) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(measureId, "measureId");
        if (!review.subjectId().equals(repId)) {
            throw new IllegalArgumentException(TeamMessages.otherSubject(repId, review.subjectId()));
        }
        MeasureResult m = review.measure(measureId).orElseThrow(() -> new IllegalArgumentException(TeamMessages.noQuota(repId, measureId)));
        if (!(m.input() instanceof QuotaInput q)) {
            throw new IllegalArgumentException(TeamMessages.noQuota(repId, measureId));
        }
        List<TargetStep> partSteps = partSteps();
        if (!parts.isEmpty() && q.actualSteps().size() >= partSteps.size()
                && q.actualSteps().subList(0, partSteps.size()).equals(partSteps)) {
            // scored with quotaActual(): its basis put the parts there
            return review;
        }
        if (q.actualSteps().get(0).value().compareTo(total()) != 0) {
            throw new IllegalArgumentException(TeamMessages.actualDiffers(repId, measureId, q.actualSteps().get(0).value(), total()));
        }
        if (parts.isEmpty()) {
            return review;
        }
        List<TargetStep> steps = new ArrayList<>(partSteps);
        steps.addAll(q.actualSteps().subList(1, q.actualSteps().size()));
        QuotaInput shown = new QuotaInput(q.actual(), q.target(), q.unit(), q.direction(), q.attainment(), q.rule(),
                q.targetSteps(), steps, q.pacing(), q.basis());
        List<SectionResult> sections = new ArrayList<>();
        for (SectionResult s : review.sections()) {
            List<MeasureResult> measures = new ArrayList<>();
            for (MeasureResult r : s.measures()) {
                measures.add(r != m ? r : new MeasureResult(r.id(), r.section(), r.weight(), r.effectiveWeight(), r.points(),
                        r.contribution(), shown, r.status()));
            }
            sections.add(new SectionResult(s.name(), s.weight(), s.effectiveWeight(), s.score(), s.contribution(), measures));
        }
        return new Review(review.subjectId(), review.period(), review.overall(), review.band(), review.bandBeforeGuards(),
                sections, review.reasons(), review.warnings(), review.provenance(), review.interimAsOf(), review.coverage());
    }
}
