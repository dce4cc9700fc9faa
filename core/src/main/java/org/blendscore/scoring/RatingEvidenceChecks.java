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

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.Rating;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;

/**
 * The checks of a rating measure's ratings, with what they need of the measure, prepared when the
 * scorer is compiled: its source names, and its scale's minimum, maximum and step as whole numbers
 * of a small decimal unit when they are exactly that ({@code integral}): then a whole-number rating,
 * the usual kind, is checked in longs, a rating of value v being v x {@code unit} units.
 */
record RatingEvidenceChecks(String[] sources, List<String> sourceList, boolean integral, long min, long max, long step,
                            long unit) {

    /**
     * Whether a whole-number rating of at most 12 digits, given as a long, is on the scale; only when
     * {@link #integral}. A whole number is always on a scale of whole steps from a whole minimum, so
     * only the range is compared then.
     */
    boolean isOnScale(long value) {
        long v = value * unit;
        return v >= min && v <= max && (wholeSteps() || (v - min) % step == 0);
    }

    /** Whether every whole number between the ends is on the scale: steps of 1 from a whole number. */
    private boolean wholeSteps() {
        return step == unit && min % unit == 0;
    }

    /** Whether a rating is on the scale, as {@link org.blendscore.rubric.RatingScale#isOnScale} decides. */
    boolean isOnScale(RatingMeasure m, BigDecimal value) {
        if (integral && value.scale() == 0 && value.precision() <= 12) {
            long v = value.longValue() * unit;
            return v >= min && v <= max && (v - min) % step == 0;
        }
        return m.scale().isOnScale(value);
    }

    static RatingEvidenceChecks of(RatingMeasure m) {
        List<String> names = m.sources().stream().map(RatingSource::name).toList();
        RatingScale s = m.scale();
        int digits = Math.max(0, Math.max(places(s.min()), Math.max(places(s.max()), places(s.step()))));
        boolean integral = digits <= 6 && s.step().signum() > 0 && s.min().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0
                && s.max().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0 && s.step().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
        long min = integral ? s.min().movePointRight(digits).longValueExact() : 0;
        long max = integral ? s.max().movePointRight(digits).longValueExact() : 0;
        long step = integral ? s.step().movePointRight(digits).longValueExact() : 0;
        return new RatingEvidenceChecks(names.toArray(new String[0]), names, integral, min, max, step,
                BigDecimal.ONE.movePointRight(digits).longValue());
    }

    private static int places(BigDecimal d) {
        return d.stripTrailingZeros().scale();
    }

    void check(String id, RatingMeasure m, List<Rating> ratings, EvidenceChecks.Scratch scratch, EvidenceProblemList out) {
        String[] sources = this.sources;
        int n = sources.length;
        int size = ratings.size();
        Set<String> seen = size > 32 ? new HashSet<>() : null;
        int[] keys = seen == null && size > 1 ? scratch.keys(size) : null;
        // the keys seen so far, one bit each by a few bits of the key: a rating whose bit is clear has no
        // earlier rating with its key, so the earlier ones need to be compared only when the bit is set
        long keyBits = 0;
        for (int i = 0; i < size; i++) {
            Rating r = ratings.get(i);
            String raterId = r.raterId();
            boolean isBlank = EvidenceChecks.blank(raterId);
            if (isBlank) {
                out.add(id, Optional.empty(), "raterId", EvidenceMessages.raterMissing());
            }
            int source = -1;
            for (int k = 0; k < n; k++) {
                if (sources[k].equals(r.source())) {
                    source = k;
                    break;
                }
            }
            boolean duplicate = false;
            if (keys != null) {
                // equal raters of one source have equal keys (an unknown source's ratings all get -1)
                int key = raterId.hashCode() * 31 + source;
                keys[i] = key;
                long bit = 1L << ((key * 0x9E3779B9) >>> 26);
                duplicate = (keyBits & bit) != 0 && ratedBefore(ratings, keys, i);
                keyBits |= bit;
            } else if (seen != null && source >= 0 && !isBlank) {
                // a known source's named raters, keyed by the source's position: the first '\u0000' ends it
                duplicate = !seen.add(source + "\u0000" + raterId);
            }
            if (source < 0) {
                if (!out.dropped()) {
                    out.add(id, rater(r), "source", EvidenceMessages.unknownSource(r.source(), sourceList()));
                }
            } else if (!isBlank && duplicate && !out.dropped()) {
                out.add(id, rater(r), "raterId", EvidenceMessages.duplicateRating(r.source()));
            }
            // every rating is within the number limits: EvidenceNumberChecks has looked at them first
            Optional<BigDecimal> value = r.value();
            if (value.isPresent()) {
                BigDecimal v = value.get();
                if (integral() && v.scale() == 0 && v.precision() <= 12) {
                    // the usual whole-number rating: within the number limits, on the scale by its range
                    long whole = v.longValue();
                    if (!isOnScale(whole)) {
                        out.add(id, rater(r), "value", EvidenceMessages.offScale(v, m.scale()));
                    }
                } else if (!isOnScale(m, v)) {
                    out.add(id, rater(r), "value", EvidenceMessages.offScale(v, m.scale()));
                }
            }
        }
    }

    private static Optional<String> rater(Rating r) {
        return r.raterId().isBlank() ? Optional.empty() : Optional.of(r.raterId());
    }

    /** Whether an earlier rating has the same rater and source as rating {@code i}; {@code keys} holds their hashes. */
    private static boolean ratedBefore(List<Rating> ratings, int[] keys, int i) {
        Rating r = ratings.get(i);
        for (int j = 0; j < i; j++) {
            if (keys[j] == keys[i]) {
                Rating o = ratings.get(j);
                if (o.raterId().equals(r.raterId()) && o.source().equals(r.source())) {
                    return true;
                }
            }
        }
        return false;
    }
}
