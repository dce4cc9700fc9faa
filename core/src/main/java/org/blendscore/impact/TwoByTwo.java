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

import java.util.OptionalDouble;

/**
 * A 2x2 table of two groups by an outcome (selected or not), with the two tests behind an
 * adverse-impact report available on their own: Fisher's exact two-sided test and the pooled
 * two-proportion z test with its two-sided normal p-value.
 *
 * <pre>
 *                   selected        not selected
 *   first group     firstSelected   firstNotSelected
 *   second group    secondSelected  secondNotSelected
 * </pre>
 *
 * <p>The figures are the ones {@link AdverseImpact} reports, computed by the same code with
 * {@link StrictMath}, so every JVM gives the same bits. For example, Fisher's tea-tasting table
 * (3 of 4 cups called right when the milk was first, 1 of 4 when the tea was first):
 * {@code new TwoByTwo(3, 1, 1, 3).fisherExactTwoSided()} is 0.4857142857 (34/70).
 *
 * @param firstSelected members of the first group with the outcome; 0 or more
 * @param firstNotSelected members of the first group without it; 0 or more
 * @param secondSelected members of the second group with the outcome; 0 or more
 * @param secondNotSelected members of the second group without it; 0 or more
 */
public record TwoByTwo(long firstSelected, long firstNotSelected, long secondSelected, long secondNotSelected) {

    /**
     * The most tables Fisher's exact test sums (the smaller of the table's smallest row and column
     * totals, plus one): a limit on its time and memory, named in the error that enforces it.
     */
    public static final long FISHER_MAX_TABLES = 1_000_000;

    /**
     * Checks the cells: none negative, each row with at least one member, the total within a long.
     *
     * @param firstSelected members of the first group with the outcome; 0 or more
     * @param firstNotSelected members of the first group without it; 0 or more
     * @param secondSelected members of the second group with the outcome; 0 or more
     * @param secondNotSelected members of the second group without it; 0 or more
     * @throws IllegalArgumentException naming the cell or row that is wrong
     */
    public TwoByTwo {
        nonNegative("firstSelected", firstSelected);
        nonNegative("firstNotSelected", firstNotSelected);
        nonNegative("secondSelected", secondSelected);
        nonNegative("secondNotSelected", secondNotSelected);
        long first = sum(firstSelected, firstNotSelected);
        long second = sum(secondSelected, secondNotSelected);
        if (first == 0) {
            throw new IllegalArgumentException(ImpactMessages.emptyRow("first"));
        }
        if (second == 0) {
            throw new IllegalArgumentException(ImpactMessages.emptyRow("second"));
        }
        sum(first, second);
    }

    /**
     * The table of two groups given by how many of each were selected and how large each is.
     *
     * @param firstSelected selected members of the first group; between 0 and {@code firstSize}
     * @param firstSize members of the first group; 1 or more
     * @param secondSelected selected members of the second group; between 0 and {@code secondSize}
     * @param secondSize members of the second group; 1 or more
     * @return the table
     * @throws IllegalArgumentException naming the group whose counts are wrong
     */
    public static TwoByTwo ofGroups(long firstSelected, long firstSize, long secondSelected, long secondSize) {
        checkGroup("first", firstSelected, firstSize);
        checkGroup("second", secondSelected, secondSize);
        return new TwoByTwo(firstSelected, firstSize - firstSelected, secondSelected, secondSize - secondSelected);
    }

    /**
     * The members of the first group.
     *
     * @return the first row's total
     */
    public long firstSize() {
        return firstSelected + firstNotSelected;
    }

    /**
     * The members of the second group.
     *
     * @return the second row's total
     */
    public long secondSize() {
        return secondSelected + secondNotSelected;
    }

    /**
     * Fisher's exact two-sided p-value: under the hypergeometric distribution with every margin
     * fixed, the probability of the tables no more probable than this one (with R's relative
     * tolerance of 1e-7, as R's {@code fisher.test}).
     *
     * @return the p-value, between 0 and 1
     * @throws IllegalArgumentException when the table has more than {@link #FISHER_MAX_TABLES} possible tables
     */
    public double fisherExactTwoSided() {
        long selected = firstSelected + secondSelected;
        long tables = Math.min(firstSize(), selected) - Math.max(0, selected - secondSize()) + 1;
        if (tables > FISHER_MAX_TABLES) {
            throw new IllegalArgumentException(ImpactMessages.tooManyTables(tables, FISHER_MAX_TABLES));
        }
        return Statistics.fisherTwoSided(firstSelected, firstSize(), secondSelected, secondSize());
    }

    /**
     * The pooled two-proportion z statistic: (p1 - p2) / √(p(1-p)(1/n1 + 1/n2)), p1 and p2 the
     * groups' selection rates and p the pooled rate; the double nearest the true value up to one
     * rounding.
     *
     * @return z, positive when the first group's rate is higher; empty when every member of both
     *         groups, or none, was selected (the statistic is then undefined)
     */
    public OptionalDouble twoProportionZ() {
        return Statistics.pooledZ(firstSelected, firstSize(), secondSelected, secondSize());
    }

    /**
     * The two-sided p-value of {@link #twoProportionZ()} under the standard normal distribution,
     * P(|Z| &gt;= |z|).
     *
     * @return the p-value, between 0 and 1; empty when the z statistic is
     */
    public OptionalDouble twoSidedP() {
        OptionalDouble z = twoProportionZ();
        return z.isPresent() ? OptionalDouble.of(Statistics.twoSidedNormalP(z.getAsDouble())) : OptionalDouble.empty();
    }

    private static void nonNegative(String cell, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(ImpactMessages.negativeCell(cell, value));
        }
    }

    private static long sum(long a, long b) {
        long s = a + b;
        if (s < 0) {
            throw new IllegalArgumentException(ImpactMessages.tableTooLarge());
        }
        return s;
    }

    private static void checkGroup(String group, long selected, long size) {
        if (selected < 0 || selected > size) {
            throw new IllegalArgumentException(ImpactMessages.selectedAboveSize(group, selected, size));
        }
    }
}
