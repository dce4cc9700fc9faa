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
package org.blendscore.rubric;

import java.math.BigDecimal;

/** How a score is compared with a threshold in a {@link ScoreCondition}. */
public enum Comparison {
    /** score &lt; threshold. */
    BELOW("<"),
    /** score &lt;= threshold. */
    AT_MOST("<="),
    /** score &gt;= threshold. */
    AT_LEAST(">="),
    /** score &gt; threshold. */
    ABOVE(">");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Whether {@code score} compares to {@code threshold} this way.
     *
     * @param score the score
     * @param threshold the threshold
     * @return the outcome of the comparison
     */
    public boolean holds(BigDecimal score, BigDecimal threshold) {
        int c = score.compareTo(threshold);
        return switch (this) {
            case BELOW -> c < 0;
            case AT_MOST -> c <= 0;
            case AT_LEAST -> c >= 0;
            case ABOVE -> c > 0;
        };
    }

    /**
     * The mathematical symbol, such as {@code <}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }
}
