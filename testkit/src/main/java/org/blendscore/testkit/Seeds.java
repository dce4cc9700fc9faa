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
package org.blendscore.testkit;

/**
 * The seeds of a run: try 0 uses the run's seed itself, so that a failing try's seed, given back as
 * the run's seed with one try, reproduces it; later tries use well-mixed seeds derived from it.
 */
final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static long forTry(long seed, int index) {
        return index == 0 ? seed : mix(seed + index * GOLDEN);
    }

    /** The seed of one property's variation in a try, so that properties draw independently. */
    static long forProperty(long trySeed, ScoringProperty property) {
        return mix(trySeed ^ ((property.ordinal() + 1L) * GOLDEN));
    }

    /** A 64-bit finaliser (from MurmurHash3), as SplittableRandom mixes its seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
