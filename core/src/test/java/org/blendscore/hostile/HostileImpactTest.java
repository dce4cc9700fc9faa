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
package org.blendscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.AgainstReference;
import org.blendscore.impact.GroupImpact;
import org.blendscore.impact.Outcome;
import org.blendscore.impact.TwoByTwo;
import org.blendscore.impact.Verdict;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The adverse-impact analysis's public entries give precise errors for missing, unknown and extreme input, never a bare exception. */
class HostileImpactTest {

    private static final Scorer SCORER = Scorer.of(HostileFixtures.quotaRubric(HostileFixtures.straight(), List.of()));
    private static final Outcome AT_50 = Outcome.overallAtLeast(new BigDecimal("50"));

    private static Review review(String subject, String actual) {
        return SCORER.score(HostileFixtures.actual(subject, actual));
    }

    private static String npe(Runnable call) {
        return assertThrows(NullPointerException.class, call::run).getMessage();
    }

    private static String iae(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void nullListsElementsAndMapsOfAnAnalysisAreNamed() {
        List<Review> reviews = List.of(review("ann", "80"), review("bob", "20"));
        Map<String, String> groups = Map.of("ann", "a", "bob", "b");
        assertEquals("reviews is null; a value is required", npe(() -> AdverseImpact.of(null, groups, AT_50, 1)));
        assertEquals("reviews[1] is null; a value is required",
                npe(() -> AdverseImpact.of(Arrays.asList(reviews.get(0), null), groups, AT_50, 1)));
        // a list read by index only through its iterator: a linked list's null is found in one pass
        assertEquals("reviews[2] is null; a value is required",
                npe(() -> AdverseImpact.of(new LinkedList<>(Arrays.asList(reviews.get(0), reviews.get(1), null)), groups, AT_50, 1)));
        assertEquals("groupBySubject is null; a value is required", npe(() -> AdverseImpact.of(reviews, null, AT_50, 1)));
        assertEquals("outcome", npe(() -> AdverseImpact.of(reviews, groups, null, 1)));
        Map<String, String> nullLabel = new HashMap<>(groups);
        nullLabel.put("bob", null);
        assertTrue(iae(() -> AdverseImpact.of(reviews, nullLabel, AT_50, 1)).startsWith("subject 'bob' has no group label"));
    }

    @Test
    void theConstructorNamesANullGroupListOrGroupAndAnUnknownReferenceGroup() {
        GroupImpact a = new GroupImpact("a", 2, 2, Verdict.REFERENCE, Optional.empty());
        AgainstReference toA = new AgainstReference("a", 0.5, true, OptionalDouble.empty(), OptionalDouble.empty(), 1.0);
        GroupImpact b = new GroupImpact("b", 2, 1, Verdict.FLAGGED, Optional.of(toA));
        assertEquals("groups is null; a value is required",
                npe(() -> new AdverseImpact(AT_50, 1, 4, 3, Optional.empty(), Optional.of("a"), null)));
        assertEquals("groups[1] is null; a value is required",
                npe(() -> new AdverseImpact(AT_50, 1, 4, 3, Optional.empty(), Optional.of("a"), Arrays.asList(a, null))));
        assertEquals("reference group 'c' is not one of the groups a, b",
                iae(() -> new AdverseImpact(AT_50, 1, 4, 3, Optional.empty(), Optional.of("c"), List.of(a, b))));
        assertEquals("group 'b' is compared with 'a', but there is no reference group",
                iae(() -> new AdverseImpact(AT_50, 1, 4, 3, Optional.empty(), Optional.empty(), List.of(a, b))));
        GroupImpact c = new GroupImpact("c", 2, 1, Verdict.NOT_FLAGGED, Optional.of(toA));
        assertEquals("group 'b' is compared with 'a', not with the reference group 'c'",
                iae(() -> new AdverseImpact(AT_50, 1, 4, 3, Optional.empty(), Optional.of("c"), List.of(b, c))));
        AdverseImpact fine = new AdverseImpact(AT_50, 1, 4, 3, Optional.empty(), Optional.of("a"), List.of(a, b));
        assertEquals(Optional.empty(), fine.group("unknown"));
        assertEquals(Optional.empty(), fine.group(null));
        assertEquals(List.of(b), fine.flaggedGroups());
    }

    @Test
    void outcomesNameTheirNullsAndRefuseNumbersOutsideTheLimits() {
        assertEquals("threshold is null; a value is required", npe(() -> Outcome.overallAtLeast(null)));
        assertEquals("percent is null; a value is required", npe(() -> Outcome.topPercent(null)));
        assertEquals("rubric", npe(() -> Outcome.bandAtLeast(null, "Meets")));
        assertEquals("bandsHighestFirst is null; a value is required", npe(() -> new Outcome.BandAtLeast("r", null, "Meets")));
        assertEquals("bandsHighestFirst[1] is null; a value is required",
                npe(() -> new Outcome.BandAtLeast("r", Arrays.asList("Meets", null), "Meets")));
        Outcome.BandAtLeast meets = new Outcome.BandAtLeast("r", List.of("Exceeds", "Meets", "Below"), "Meets");
        assertEquals("band", npe(() -> meets.selects(null)));
        assertEquals("no band labelled 'Top' in rubric 'r'; bands are Exceeds, Meets, Below", iae(() -> meets.selects("Top")));
        // a huge or hugely written number is refused by its size, its message short, before any arithmetic or plain rendering
        for (String huge : List.of("1E+2147483647", "1E-5000000", "0E-100000000", "1." + "0".repeat(200_000))) {
            String top = iae(() -> Outcome.topPercent(new BigDecimal(huge)));
            assertTrue(top.startsWith("percent ") && top.length() < 300, top.length() + ": " + top.substring(0, Math.min(100, top.length())));
            String at = iae(() -> Outcome.overallAtLeast(new BigDecimal(huge)));
            assertTrue(at.startsWith("threshold ") && at.length() < 300, at.substring(0, Math.min(100, at.length())));
        }
        assertEquals("top percent is 100.5, allowed more than 0 and at most 100", iae(() -> Outcome.topPercent(new BigDecimal("100.5"))));
    }

    @Test
    void aTopPercentWithTheWidestLegalDecimalSelectsAtLeastOne() {
        List<Review> reviews = List.of(review("ann", "80"), review("bob", "20"));
        AdverseImpact impact = AdverseImpact.of(reviews, Map.of("ann", "a", "bob", "b"),
                Outcome.topPercent(new BigDecimal("0.00000000000000000001")), 1);
        assertEquals(1, impact.selectedCount());
    }

    @Test
    void extremeTwoByTwoTablesAreRefusedByName() {
        assertEquals("2x2 table total exceeds " + Long.MAX_VALUE + " members",
                iae(() -> new TwoByTwo(Long.MAX_VALUE, 1, 0, 1)));
        assertEquals("2x2 table total exceeds " + Long.MAX_VALUE + " members",
                iae(() -> new TwoByTwo(Long.MAX_VALUE / 2 + 1, 0, Long.MAX_VALUE / 2 + 1, 0)));
        assertEquals("2x2 table cell secondNotSelected is -1, allowed 0 or more", iae(() -> new TwoByTwo(1, 1, 1, -1)));
        assertEquals("first group has 3 selected of 2 members; selected must be between 0 and the size",
                iae(() -> TwoByTwo.ofGroups(3, 2, 0, 1)));
        assertEquals("first group has -1 selected of 2 members; selected must be between 0 and the size",
                iae(() -> TwoByTwo.ofGroups(-1, 2, 0, 1)));
        TwoByTwo huge = TwoByTwo.ofGroups(Long.MAX_VALUE / 4, Long.MAX_VALUE / 2, Long.MAX_VALUE / 4, Long.MAX_VALUE / 2);
        assertTrue(iae(huge::fisherExactTwoSided).startsWith("Fisher's exact test on this 2x2 table would sum "));
        assertTrue(huge.twoSidedP().isPresent());
        assertEquals(1.0, TwoByTwo.ofGroups(0, Long.MAX_VALUE / 2, 0, Long.MAX_VALUE / 2).fisherExactTwoSided());
    }
}
