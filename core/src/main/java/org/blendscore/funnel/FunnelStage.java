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
package org.blendscore.funnel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.blendscore.number.Fraction;

/**
 * One activity of a sales funnel and the share of it that converts into the next activity (or, for
 * the last activity, into won deals): calls with 10% turning into pitches. The share is kept as an
 * exact fraction, so a rate of one in three plans exactly 3 calls per pitch.
 *
 * @param activity the activity, such as {@code calls}; also the unit of its target
 * @param numerator the share's numerator, in lowest terms
 * @param denominator the share's denominator, in lowest terms; the share is more than 0 and at most 1
 */
public record FunnelStage(String activity, BigInteger numerator, BigInteger denominator) {

    /**
     * Checks the stage and reduces the fraction.
     *
     * @param activity the activity, such as {@code calls}; also the unit of its target
     * @param numerator the share's numerator, in lowest terms
     * @param denominator the share's denominator, in lowest terms; the share is more than 0 and at most 1
     * @throws IllegalArgumentException for a blank activity or a share outside (0, 1]
     */
    public FunnelStage {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (activity.isBlank()) {
            throw new IllegalArgumentException(FunnelMessages.activityBlank());
        }
        if (denominator.signum() <= 0 || numerator.signum() <= 0 || numerator.compareTo(denominator) > 0) {
            throw new IllegalArgumentException(FunnelMessages.conversionOutOfRange(activity, numerator, denominator));
        }
        BigInteger g = numerator.gcd(denominator);
        numerator = numerator.divide(g);
        denominator = denominator.divide(g);
    }

    /**
     * A stage from a decimal share, as in {@code FunnelStage.of("calls", "0.10")}.
     *
     * @param activity the activity
     * @param conversion the share converting to the next stage, more than 0 and at most 1
     * @return the stage
     * @throws IllegalArgumentException for a share outside (0, 1] or text that is not a decimal
     */
    public static FunnelStage of(String activity, String conversion) {
        BigDecimal d;
        try {
            d = new BigDecimal(conversion);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(FunnelMessages.conversionNotDecimal(activity, conversion), e);
        }
        if (d.signum() <= 0 || d.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(FunnelMessages.conversionOutOfRange(activity, d));
        }
        Fraction r = Fraction.of(d);
        return new FunnelStage(activity, r.numerator(), r.denominator());
    }

    /**
     * A stage from an exact fraction, as in {@code FunnelStage.of("calls", 1, 3)}.
     *
     * @param activity the activity
     * @param numerator the share's numerator
     * @param denominator the share's denominator
     * @return the stage
     */
    public static FunnelStage of(String activity, long numerator, long denominator) {
        return new FunnelStage(activity, BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * The share as a decimal: exact when it terminates, else to 34 significant digits.
     *
     * @return the conversion
     */
    public BigDecimal conversion() {
        return ActivityFunnel.decimal(share());
    }

    /**
     * The share as an exact fraction.
     *
     * @return numerator over denominator
     */
    public Fraction share() {
        return Fraction.of(numerator, denominator);
    }
}
