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
package org.blendscore.scoring;

import static org.blendscore.scoring.Fixtures.actual;
import static org.blendscore.scoring.Fixtures.d;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.linear;
import static org.blendscore.scoring.Fixtures.quota;
import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.rubric;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.section;
import static org.blendscore.scoring.Fixtures.source;
import static org.blendscore.scoring.Fixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Target;
import org.junit.jupiter.api.Test;

/**
 * Each missing-evidence policy on one rubric:
 *
 * <pre>
 * Sales 60%:  bookings 50% (target 100 USD; (0, 0), (1, 100), (2, 150), capped)
 *             calls    50% (target 100 calls; (0, 0), (1, 100), capped)
 * Voice 40%:  trust   100% (1..5; customer 50% at least 2 ratings, manager 50% at least 1)
 * </pre>
 *
 * <p>With bookings 150 (a = 1.5: 125 points) and calls 80 (80 points), Sales is 0.5 x 125 + 0.5 x 80 = 102.5.
 */
class MissingEvidencePolicyTest {

    /**
     * The rubric under one policy. Its least coverage is 0, so that every review here is banded: these
     * tests are about the policies alone, and coverage is {@link CoverageTest}'s.
     */
    static Rubric policyRubric(MissingEvidencePolicy policy) {
        return anyCoverage(rubric(policy, List.of(),
                section("Sales", "60",
                        quota("bookings", "50", linear(Optional.empty(), true, "0:0", "1:100", "2:150")),
                        quota("calls", "50", Target.count(100, "calls"), Direction.HIGHER_IS_BETTER, straight())),
                section("Voice", "40",
                        rating("trust", "100", scale(1, 5), Aggregation.MEAN, source("customer", "50", 2), source("manager", "50", 1)))));
    }

    /** The rubric with a least coverage of 0: every review is banded. */
    static Rubric anyCoverage(Rubric rubric) {
        return rubric.withBandRules(BandRules.defaults().withLeastCoverage(BigDecimal.ZERO));
    }

    /** Customer 4, 4 (75 points) and manager 2 (25 points): trust 50. */
    static Ratings fullTrust() {
        return Ratings.of(Rating.of("c1", "customer", 4), Rating.of("c2", "customer", 4), Rating.of("m1", "manager", 2));
    }

    /** One customer rating (5), below the minimum of 2, and manager 3 (50 points). */
    static Ratings thinTrust() {
        return Ratings.of(Rating.of("c1", "customer", 5), Rating.of("m1", "manager", 3));
    }

    private static MeasureResult measure(Review r, String id) {
        return r.measure(id).orElseThrow();
    }

    private static SectionResult sectionOf(Review r, String name) {
        return r.section(name).orElseThrow();
    }

    private static BigDecimal contributionSum(Review r) {
        return r.measures().stream().map(MeasureResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<SourceResult> sources(Review r, String id) {
        return ((RatingInput) measure(r, id).input()).sources();
    }

    // ---- LEAVE_OUT ----

    @Test
    void leavesOutASourceBelowItsMinimumAndRenormalisesTheOtherSources() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.LEAVE_OUT))
                .score(evidence("sam", "bookings", actual("150"), "calls", actual("80"), "trust", thinTrust()));
        // trust: only the manager counts, 3 -> 50 points
        assertEquals(Optional.of(d("50.00")), measure(r, "trust").points());
        assertEquals(List.of(SourceStatus.LEFT_OUT, SourceStatus.SCORED), sources(r, "trust").stream().map(SourceResult::status).toList());
        assertEquals(List.of(d("0.0000"), d("100.0000")), sources(r, "trust").stream().map(SourceResult::effectiveWeight).toList());
        // 0.6 x 102.5 + 0.4 x 50 = 61.5 + 20 = 81.50
        assertEquals(d("81.50"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
        assertEquals(d("37.50"), measure(r, "bookings").contribution());
        assertEquals(d("24.00"), measure(r, "calls").contribution());
        assertEquals(d("20.00"), measure(r, "trust").contribution());
        assertEquals(List.of(new Warning(Warning.Kind.SOURCE_LEFT_OUT, "measures[trust].sources[customer]",
                "trust: source customer has 1 usable rating, needs 2; left out, and the other sources' weights renormalised")), r.warnings());
    }

    @Test
    void leavesOutAMeasureWithoutEvidenceAndRenormalisesItsSection() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.LEAVE_OUT))
                .score(evidence("sam", "bookings", actual("150"), "trust", fullTrust()));
        MeasureResult calls = measure(r, "calls");
        assertEquals(MeasureStatus.LEFT_OUT, calls.status());
        assertEquals(Optional.empty(), calls.points());
        assertEquals(d("0.00"), calls.contribution());
        assertEquals(d("0.0000"), calls.effectiveWeight());
        // bookings carries Sales alone: 125; 0.6 x 125 + 0.4 x 50 = 75 + 20 = 95.00
        assertEquals(d("60.0000"), measure(r, "bookings").effectiveWeight());
        assertEquals(Optional.of(d("125.00")), sectionOf(r, "Sales").score());
        assertEquals(d("95.00"), r.overall());
        assertEquals(Optional.of("Exceeds"), r.band());
        assertEquals(d("75.00"), measure(r, "bookings").contribution());
        assertEquals(List.of(new Warning(Warning.Kind.MEASURE_LEFT_OUT, "measures[calls]",
                "calls: no actual given; left out, and the other measures of Sales renormalised")), r.warnings());
    }

    @Test
    void leavesOutASectionWithoutUsableMeasuresAndRenormalisesTheRubric() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.LEAVE_OUT))
                .score(evidence("sam", "bookings", actual("150"), "calls", actual("80")));
        SectionResult voice = sectionOf(r, "Voice");
        assertTrue(voice.leftOut());
        assertEquals(d("0.0000"), voice.effectiveWeight());
        assertEquals(d("0.00"), voice.contribution());
        assertEquals(d("100.0000"), sectionOf(r, "Sales").effectiveWeight());
        // Sales alone: 102.50 = 62.50 + 40.00
        assertEquals(d("102.50"), r.overall());
        assertEquals(d("62.50"), measure(r, "bookings").contribution());
        assertEquals(d("40.00"), measure(r, "calls").contribution());
        assertEquals(List.of(Warning.Kind.MEASURE_LEFT_OUT, Warning.Kind.SECTION_LEFT_OUT),
                r.warnings().stream().map(Warning::kind).toList());
        assertEquals(List.of("measures[trust]", "sections[Voice]"), r.warnings().stream().map(Warning::path).toList());
    }

    @Test
    void rejectsEvidenceWithNothingUsableToScore() {
        Evidence onlyNotApplicable = evidence("sam", "trust", Ratings.of(Rating.notApplicable("m1", "manager")));
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> Scorer.of(policyRubric(MissingEvidencePolicy.LEAVE_OUT)).score(onlyNotApplicable));
        assertEquals(List.of(new EvidenceProblem("sam", Optional.empty(), Optional.empty(), "measures",
                "no measure has usable evidence, so there is nothing to score")), e.problems());
    }

    // ---- COUNT_AS_ZERO ----

    @Test
    void countsASourceBelowItsMinimumAsZeroAndKeepsItsWeight() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.COUNT_AS_ZERO))
                .score(evidence("sam", "bookings", actual("150"), "calls", actual("80"), "trust", thinTrust()));
        // trust: 0.5 x 0 + 0.5 x 50 = 25
        assertEquals(Optional.of(d("25.00")), measure(r, "trust").points());
        SourceResult customer = sources(r, "trust").get(0);
        assertEquals(SourceStatus.COUNTED_AS_ZERO, customer.status());
        assertEquals(d("50.0000"), customer.effectiveWeight());
        assertEquals(Optional.of(d("0.00")), customer.points());
        // 61.5 + 0.4 x 25 = 71.50
        assertEquals(d("71.50"), r.overall());
        assertEquals(List.of(new Warning(Warning.Kind.COUNTED_AS_ZERO, "measures[trust].sources[customer]",
                "trust: source customer has 1 usable rating, needs 2; counted as 0 points")), r.warnings());
    }

    @Test
    void countsAMeasureWithoutEvidenceAsZeroAndKeepsItsWeight() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.COUNT_AS_ZERO))
                .score(evidence("sam", "bookings", actual("150"), "trust", fullTrust()));
        MeasureResult calls = measure(r, "calls");
        assertEquals(MeasureStatus.COUNTED_AS_ZERO, calls.status());
        assertEquals(Optional.of(d("0.00")), calls.points());
        assertEquals(d("30.0000"), calls.effectiveWeight());
        assertEquals(d("0.00"), calls.contribution());
        // Sales 0.5 x 125 + 0 = 62.5; 0.6 x 62.5 + 0.4 x 50 = 37.5 + 20 = 57.50
        assertEquals(Optional.of(d("62.50")), sectionOf(r, "Sales").score());
        assertEquals(d("57.50"), r.overall());
        assertEquals(d("57.50"), contributionSum(r));
        assertEquals(List.of(new Warning(Warning.Kind.COUNTED_AS_ZERO, "measures[calls]", "calls: no actual given; counted as 0 points")),
                r.warnings());
        // the zero shows in the reasons: 0 against a baseline of 30 x 100%
        assertTrue(r.reasons().stream().anyMatch(reason -> reason.measureId().equals("calls")
                && reason.impact().equals(d("-30.00")) && reason.text().contains("missing evidence counted as 0")), r.reasons().toString());
    }

    @Test
    void countsASectionWithoutUsableEvidenceAsZeroAndKeepsItsWeight() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.COUNT_AS_ZERO))
                .score(evidence("sam", "bookings", actual("150"), "calls", actual("80")));
        // Voice keeps its 40% with 0 points: 0.6 x 102.5 = 61.50
        assertEquals(Optional.of(d("0.00")), sectionOf(r, "Voice").score());
        assertEquals(d("40.0000"), sectionOf(r, "Voice").effectiveWeight());
        assertEquals(d("61.50"), r.overall());
        assertEquals(List.of(new Warning(Warning.Kind.COUNTED_AS_ZERO, "measures[trust]",
                "trust: no source had enough usable ratings (customer 0 of 2 needed, manager 0 of 1 needed); counted as 0 points")),
                r.warnings());
    }

    @Test
    void scoresZeroInsteadOfRejectingWhenEverythingCountsAsZero() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.COUNT_AS_ZERO)).score(evidence("sam"));
        assertEquals(d("0.00"), r.overall());
        assertEquals(Optional.of("Below"), r.band());
        assertEquals(3, r.warnings().size());
    }

    // ---- REJECT ----

    @Test
    void rejectsAMissingMeasureNamingIt() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> Scorer.of(policyRubric(MissingEvidencePolicy.REJECT))
                        .score(evidence("sam", "bookings", actual("150"), "trust", fullTrust())));
        assertEquals(List.of(new EvidenceProblem("sam", Optional.of("calls"), Optional.empty(), "evidence",
                "no actual given, and the rubric's missing-evidence policy is REJECT")), e.problems());
        assertTrue(e.getMessage().contains("subject 'sam', measure 'calls'"), e.getMessage());
    }

    @Test
    void rejectsASourceBelowItsMinimumNamingTheSource() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> Scorer.of(policyRubric(MissingEvidencePolicy.REJECT))
                        .score(evidence("sam", "bookings", actual("150"), "calls", actual("80"), "trust", thinTrust())));
        assertEquals(1, e.problems().size());
        EvidenceProblem p = e.problems().get(0);
        assertEquals(Optional.of("trust"), p.measureId());
        assertEquals("ratings[customer]", p.field());
        assertTrue(p.message().contains("source customer has 1 usable"), p.message());
        assertTrue(p.message().contains("needs 2"), p.message());
    }

    @Test
    void rejectsEveryMissingPieceAtOnceInDeclarationOrder() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> Scorer.of(policyRubric(MissingEvidencePolicy.REJECT)).score(evidence("sam", "trust", thinTrust())));
        assertEquals(List.of(Optional.of("bookings"), Optional.of("calls"), Optional.of("trust")),
                e.problems().stream().map(EvidenceProblem::measureId).toList());
    }

    @Test
    void scoresCompleteEvidenceUnderTheRejectPolicy() {
        Review r = Scorer.of(policyRubric(MissingEvidencePolicy.REJECT))
                .score(evidence("sam", "bookings", actual("150"), "calls", actual("80"), "trust", fullTrust()));
        // 61.5 + 0.4 x 50 = 81.50
        assertEquals(d("81.50"), r.overall());
        assertEquals(List.of(), r.warnings());
    }
}
