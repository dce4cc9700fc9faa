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
