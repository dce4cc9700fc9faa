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
package org.blendscore.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of attainments with open or closed bounds, in the manner of DMN decision-table analysis:
 * {@code [0.8, 1.0)} holds 0.8 and every value up to, not including, 1.0; {@code (1.0, ∞)} holds
 * every value above 1.0. The upper bound may be infinite (empty); an infinite bound is always open.
 */
public final class Interval {

    private final BigDecimal low;
    private final boolean lowClosed;
    private final Optional<BigDecimal> high;
    private final boolean highClosed;

    /**
     * Checks the parts.
     *
     * @param low the lower bound
     * @param lowClosed whether {@code low} itself belongs to the interval
     * @param high the upper bound, or empty for no upper bound
     * @param highClosed whether {@code high} itself belongs to the interval; always false without an upper bound
     * @throws IllegalArgumentException if the upper bound is infinite and said to be closed
     */
    public Interval(BigDecimal low, boolean lowClosed, Optional<BigDecimal> high, boolean highClosed) {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (high.isEmpty() && highClosed) {
            throw new IllegalArgumentException(AnalysisMessages.openIntervalClosed(low));
        }
        this.low = low;
        this.lowClosed = lowClosed;
        this.high = high;
        this.highClosed = highClosed;
    }

    /**
     * {@code [low, high)}.
     *
     * @param low the lower bound, included
     * @param high the upper bound, excluded
     * @return the interval
     */
    public static Interval closedOpen(BigDecimal low, BigDecimal high) {
        return new Interval(low, true, Optional.of(high), false);
    }

    /**
     * {@code (low, high]}.
     *
     * @param low the lower bound, excluded
     * @param high the upper bound, included
     * @return the interval
     */
    public static Interval openClosed(BigDecimal low, BigDecimal high) {
        return new Interval(low, false, Optional.of(high), true);
    }

    /**
     * {@code [low, high]}.
     *
     * @param low the lower bound, included
     * @param high the upper bound, included
     * @return the interval
     */
    public static Interval closed(BigDecimal low, BigDecimal high) {
        return new Interval(low, true, Optional.of(high), true);
    }

    /**
     * {@code [low, ∞)}.
     *
     * @param low the lower bound, included
     * @return the interval
     */
    public static Interval atLeast(BigDecimal low) {
        return new Interval(low, true, Optional.empty(), false);
    }

    /**
     * {@code (low, ∞)}.
     *
     * @param low the lower bound, excluded
     * @return the interval
     */
    public static Interval above(BigDecimal low) {
        return new Interval(low, false, Optional.empty(), false);
    }

    /**
     * Whether no value lies in the interval, as in {@code [1.0, 0.8)} or {@code [1.0, 1.0)}.
     *
     * @return true if the interval is empty
     */
    public boolean isEmpty() {
        if (high.isEmpty()) {
            return false;
        }
        int c = low.compareTo(high.get());
        return c > 0 || (c == 0 && !(lowClosed && highClosed));
    }

    /**
     * Whether {@code value} lies in the interval.
     *
     * @param value an attainment
     * @return true if it lies within the bounds, respecting which bounds are closed
     */
    public boolean contains(BigDecimal value) {
        int lo = value.compareTo(low);
        if (lo < 0 || (lo == 0 && !lowClosed)) {
            return false;
        }
        if (high.isEmpty()) {
            return true;
        }
        int hi = value.compareTo(high.get());
        return hi < 0 || (hi == 0 && highClosed);
    }

    /**
     * The values that lie in both intervals.
     *
     * @param other another interval
     * @return the intersection, or empty if the intervals share no value
     */
    public Optional<Interval> intersection(Interval other) {
        int lc = low.compareTo(other.low);
        BigDecimal lo = lc >= 0 ? low : other.low;
        boolean loClosed = lc > 0 ? lowClosed : lc < 0 ? other.lowClosed : lowClosed && other.lowClosed;
        Optional<BigDecimal> hi;
        boolean hiClosed;
        if (high.isEmpty()) {
            hi = other.high;
            hiClosed = other.highClosed;
        } else if (other.high.isEmpty()) {
            hi = high;
            hiClosed = highClosed;
        } else {
            int hc = high.get().compareTo(other.high.get());
            hi = hc <= 0 ? high : other.high;
            hiClosed = hc < 0 ? highClosed : hc > 0 ? other.highClosed : highClosed && other.highClosed;
        }
        Interval both = new Interval(lo, loClosed, hi, hiClosed);
        return both.isEmpty() ? Optional.empty() : Optional.of(both);
    }

    /** Renders as in {@code [0.8, 1.0)}, {@code (1.0, ∞)} or {@code [0.5, 0.5]}. */
    @Override
    public String toString() {
        return (lowClosed ? "[" : "(") + low.toPlainString() + ", "
                + high.map(BigDecimal::toPlainString).orElse("\u221e") + (highClosed ? "]" : ")");
    }

    /**
     * Returns the lower bound.
     *
     * @return the lower bound
     */
    public BigDecimal low() {
        return low;
    }

    /**
     * Returns whether {@code low} itself belongs to the interval.
     *
     * @return whether {@code low} itself belongs to the interval
     */
    public boolean lowClosed() {
        return lowClosed;
    }

    /**
     * Returns the upper bound, or empty for no upper bound.
     *
     * @return the upper bound, or empty for no upper bound
     */
    public Optional<BigDecimal> high() {
        return high;
    }

    /**
     * Returns whether {@code high} itself belongs to the interval; always false without an upper bound.
     *
     * @return whether {@code high} itself belongs to the interval; always false without an upper bound
     */
    public boolean highClosed() {
        return highClosed;
    }

    /** Equal to another Interval whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Interval other
                && Objects.equals(low, other.low)
                && lowClosed == other.lowClosed
                && Objects.equals(high, other.high)
                && highClosed == other.highClosed;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(low, lowClosed, high, highClosed);
    }
}
