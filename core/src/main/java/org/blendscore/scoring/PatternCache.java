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
package org.blendscore.scoring;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;

/**
 * Values that depend only on which of a rubric's parts took part in a review (which measures had
 * usable evidence, which sources of a rating measure had enough ratings), computed once for each
 * such pattern and shared, immutable, by every review that has it. Renormalised weights are the
 * example: most reviews of a batch share a handful of patterns.
 *
 * <p>A pattern is a bit set in a {@code long}, bit {@code i} for part {@code i}, so only up to
 * {@value #MAX_PARTS} parts; with more, callers compute without the cache. Up to
 * {@value #ARRAY_BITS} parts the patterns index an array; beyond, a map holds at most
 * {@value #MAX_ENTRIES} of them and further patterns are computed each time. Thread-safe; a value
 * may be computed twice by racing threads, which is harmless as it is a pure function of the pattern.
 *
 * @param <T> the immutable value
 */
final class PatternCache<T> {

    /** The most parts a pattern can have. */
    static final int MAX_PARTS = 63;

    private static final int ARRAY_BITS = 12;
    private static final int MAX_ENTRIES = 4096;

    private final LongFunction<T> compute;
    private final AtomicReferenceArray<T> byIndex;
    private final ConcurrentHashMap<Long, T> byKey;

    /**
     * @param parts how many parts, at most {@value #MAX_PARTS}
     * @param compute the value of a pattern
     */
    PatternCache(int parts, LongFunction<T> compute) {
        if (parts > MAX_PARTS) {
            throw new IllegalArgumentException(ScoringMessages.tooManyParts(MAX_PARTS, parts));
        }
        this.compute = compute;
        this.byIndex = parts <= ARRAY_BITS ? new AtomicReferenceArray<>(1 << parts) : null;
        this.byKey = parts <= ARRAY_BITS ? null : new ConcurrentHashMap<>();
    }

    T get(long pattern) {
        if (byIndex != null) {
            int i = (int) pattern;
            T v = byIndex.get(i);
            if (v == null) {
                v = compute.apply(pattern);
                byIndex.set(i, v);
            }
            return v;
        }
        T v = byKey.get(pattern);
        if (v == null) {
            v = compute.apply(pattern);
            if (byKey.size() < MAX_ENTRIES) {
                byKey.putIfAbsent(pattern, v);
            }
        }
        return v;
    }
}
