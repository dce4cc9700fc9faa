/**
 * Exact numbers: {@link org.blendscore.number.Fraction}, an immutable fraction of two integers in
 * lowest terms, and the {@code long} arithmetic it is built on. This package imports nothing else of
 * the library, so every other package may use it.
 */
package org.blendscore.number;
