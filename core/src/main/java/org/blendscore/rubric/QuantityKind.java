package org.blendscore.rubric;

/** What a target counts. */
public enum QuantityKind {
    /** A decimal amount, such as money in a currency. */
    AMOUNT,
    /** A whole number of things, such as calls; actuals must be whole numbers. */
    COUNT,
    /** A rate or duration, such as days or hours. */
    RATE
}
