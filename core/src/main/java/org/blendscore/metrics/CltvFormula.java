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
package org.blendscore.metrics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared customer lifetime value formula: its kind and its parameters.
 *
 * @param kind which formula
 * @param grossMargin the gross margin, a share from 0 to 1
 * @param lifetimeMonths the expected lifetime in months; present exactly for
 *         {@link CltvKind#MARGIN_TIMES_LIFETIME}, and positive
 */
public record CltvFormula(CltvKind kind, BigDecimal grossMargin, Optional<BigDecimal> lifetimeMonths) {

    /**
     * Checks the formula.
     *
     * @param kind which formula
     * @param grossMargin the gross margin
     * @param lifetimeMonths the expected lifetime in months
     * @throws IllegalArgumentException for a margin outside [0, 1], or a lifetime missing, not positive
     *         or given to a formula that does not read it
     */
    public CltvFormula {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grossMargin, "grossMargin");
        Objects.requireNonNull(lifetimeMonths, "lifetimeMonths");
        if (grossMargin.signum() < 0 || grossMargin.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(MetricMessages.marginOutOfRange(grossMargin));
        }
        boolean needsLifetime = kind == CltvKind.MARGIN_TIMES_LIFETIME;
        if (needsLifetime != lifetimeMonths.isPresent() || lifetimeMonths.map(m -> m.signum() <= 0).orElse(false)) {
            throw new IllegalArgumentException(MetricMessages.badLifetime(kind, lifetimeMonths));
        }
    }

    /**
     * {@code ARPA x margin x lifetime months}.
     *
     * @param grossMargin the gross margin, as decimal text such as {@code 0.7}
     * @param lifetimeMonths the expected lifetime in months, as decimal text
     * @return the formula
     */
    public static CltvFormula marginTimesLifetime(String grossMargin, String lifetimeMonths) {
        return new CltvFormula(CltvKind.MARGIN_TIMES_LIFETIME, new BigDecimal(grossMargin), Optional.of(new BigDecimal(lifetimeMonths)));
    }

    /**
     * {@code ARPA x margin / monthly churn rate}.
     *
     * @param grossMargin the gross margin, as decimal text such as {@code 0.7}
     * @return the formula
     */
    public static CltvFormula marginOverChurn(String grossMargin) {
        return new CltvFormula(CltvKind.MARGIN_OVER_CHURN, new BigDecimal(grossMargin), Optional.empty());
    }
}
