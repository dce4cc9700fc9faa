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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The 2x2 table's tests against published values and against exact sums computed independently
 * (Python's fractions over math.comb, R's tolerance of 1e-7): Fisher's tea-tasting table 3,1/1,3
 * gives 17/35 = 0.4857142857 (Fisher 1935; R's {@code fisher.test}); the table 1,9/11,3 of
 * Wikipedia's "Fisher's exact test" gives 41/14858 = 0.0027594561852200836; 7,3/2,8 gives
 * 293/4199 = 0.06977851869492736.
 */
class TwoByTwoTest {

    @Test
    void fisherOfTheTeaTastingTableIsPublishedValue() {
        assertEquals(0.4857142857142857, new TwoByTwo(3, 1, 1, 3).fisherExactTwoSided(), 1e-15);
        assertEquals(17.0 / 35, new TwoByTwo(3, 1, 1, 3).fisherExactTwoSided(), 1e-15);
    }

    @Test
    void fisherOfOtherTablesMatchesExactRationalSums() {
        assertEquals(41.0 / 14858, new TwoByTwo(1, 9, 11, 3).fisherExactTwoSided(), 1e-15);
        assertEquals(293.0 / 4199, new TwoByTwo(7, 3, 2, 8).fisherExactTwoSided(), 1e-15);
        assertEquals(1.0 / 126, new TwoByTwo(0, 5, 5, 0).fisherExactTwoSided(), 1e-15);
        assertEquals(1.0 / 92378, new TwoByTwo(10, 0, 0, 10).fisherExactTwoSided(), 1e-18);
        assertEquals(0.026117952125054356, new TwoByTwo(20, 80, 35, 65).fisherExactTwoSided(), 1e-15);
        assertEquals(1.0, new TwoByTwo(5, 5, 5, 5).fisherExactTwoSided(), 0.0);
    }

    @Test
    void zOfTheTeaTastingTableIsRootTwoAndItsPIsErfcOfOne() {
        TwoByTwo t = new TwoByTwo(3, 1, 1, 3);
        // p1 = 0.75, p2 = 0.25, pooled 0.5: z = 0.5 / sqrt(0.25 x 0.5) = sqrt(2); P(|Z| >= sqrt 2) = erfc(1)
        assertEquals(Math.sqrt(2), t.twoProportionZ().orElseThrow(), 1e-15);
        assertEquals(0.15729920705028513066, t.twoSidedP().orElseThrow(), 1e-15);
    }

    @Test
    void zIsNegativeWhenTheSecondGroupsRateIsHigher() {
        // p1 = 0.20, p2 = 0.35, pooled 0.275: z = -0.15 / sqrt(0.275 x 0.725 x 0.02)
        TwoByTwo t = TwoByTwo.ofGroups(20, 100, 35, 100);
        assertEquals(new TwoByTwo(20, 80, 35, 65), t);
        assertEquals(-0.15 / Math.sqrt(0.275 * 0.725 * 0.02), t.twoProportionZ().orElseThrow(), 1e-12);
        assertEquals(0.01752886126037277, t.twoSidedP().orElseThrow(), 1e-14);
    }

    @Test
    void zAndItsPAreUndefinedWhenEveryoneOrNoOneWasSelected() {
        assertEquals(OptionalDouble.empty(), new TwoByTwo(4, 0, 6, 0).twoProportionZ());
        assertEquals(OptionalDouble.empty(), new TwoByTwo(0, 4, 0, 6).twoSidedP());
        assertEquals(1.0, new TwoByTwo(0, 4, 0, 6).fisherExactTwoSided(), 0.0);
    }

    @Test
    void givesTheFiguresAdverseImpactReports() {
        // the pinned case of StatisticsTest: 48 of 80 against 12 of 40
        TwoByTwo t = TwoByTwo.ofGroups(48, 80, 12, 40);
        assertEquals(StatisticsTest.Z, t.twoProportionZ().orElseThrow(), 1e-12);
        assertEquals(StatisticsTest.Z_P, t.twoSidedP().orElseThrow(), 1e-15);
        assertEquals(StatisticsTest.FISHER_P, t.fisherExactTwoSided(), 1e-15);
        assertEquals(Statistics.fisherTwoSided(48, 80, 12, 40), t.fisherExactTwoSided(), 0.0);
    }

    @Test
    void rejectsANegativeCellByName() {
        assertEquals("2x2 table cell secondNotSelected is -1, allowed 0 or more",
                assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(1, 2, 3, -1)).getMessage());
        assertEquals("2x2 table cell firstSelected is -5, allowed 0 or more",
                assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(-5, 2, 3, 1)).getMessage());
    }

    @Test
    void rejectsARowWithNoMembers() {
        assertEquals("2x2 table row first has no members (both its cells are 0); each group needs at least one member",
                assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(0, 0, 3, 1)).getMessage());
        assertEquals("2x2 table row second has no members (both its cells are 0); each group needs at least one member",
                assertThrows(IllegalArgumentException.class, () -> TwoByTwo.ofGroups(1, 2, 0, 0)).getMessage());
    }

    @Test
    void rejectsATotalBeyondALong() {
        assertEquals("2x2 table total exceeds 9223372036854775807 members",
                assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(Long.MAX_VALUE, 1, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(Long.MAX_VALUE / 2, 0, Long.MAX_VALUE / 2, 2));
    }

    @Test
    void rejectsMoreSelectedThanMembersOfAGroup() {
        assertEquals("second group has 6 selected of 5 members; selected must be between 0 and the size",
                assertThrows(IllegalArgumentException.class, () -> TwoByTwo.ofGroups(1, 2, 6, 5)).getMessage());
        assertEquals("first group has -1 selected of 5 members; selected must be between 0 and the size",
                assertThrows(IllegalArgumentException.class, () -> TwoByTwo.ofGroups(-1, 5, 1, 5)).getMessage());
    }

    @Test
    void fisherRefusesATableBeyondItsNamedLimitButZStillAnswers() {
        TwoByTwo big = new TwoByTwo(2_000_000, 2_000_000, 2_000_000, 2_000_000);
        assertEquals("Fisher's exact test on this 2x2 table would sum 4000001 tables, more than the limit of 1000000; "
                        + "use the two-proportion z test for tables this large",
                assertThrows(IllegalArgumentException.class, big::fisherExactTwoSided).getMessage());
        assertEquals(0.0, big.twoProportionZ().orElseThrow(), 0.0);
    }
}
