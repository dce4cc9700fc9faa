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
import java.time.LocalDate;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.TargetRules;

/**
 * What the quota measures of one review share: the evidence, the interim date if any, and the time
 * shares of the period target, computed at most once per review.
 *
 * <p>Made for each review rather than kept in the scoring run's long-lived workspace: storing the
 * evidence into an old object would cost the garbage collector's card-marking barrier its slow path on
 * every review, and a small new object costs less.
 */
final class TargetContext {

    /** The evidence being scored. */
    final Evidence evidence;
    /** The date of an interim review, or empty. */
    final Optional<LocalDate> asOf;
    final TargetRules rules;
    private final TargetTime time;
    private TargetTime.Share full;
    private TargetTime.Share toDate;
    /** {@link #whole()} once known: 1 or -1; 0 before. */
    private int whole;

    /**
     * The context of one review.
     *
     * @param time the rubric's target time
     * @param rules the rubric's target rules
     * @param evidence the evidence to score
     * @param asOf the date of an interim review, or empty
     */
    TargetContext(TargetTime time, TargetRules rules, Evidence evidence, Optional<LocalDate> asOf) {
        this.time = time;
        this.rules = rules;
        this.evidence = evidence;
        this.asOf = asOf;
    }

    /** The share for the whole review period. */
    TargetTime.Share fullShare() {
        if (full == null) {
            full = time.share(evidence.period(), evidence.participation());
        }
        return full;
    }

    /** The share the review scores against: up to the interim date, or the whole review period. */
    TargetTime.Share scoredShare() {
        if (asOf.isEmpty()) {
            return fullShare();
        }
        if (toDate == null) {
            toDate = shareUpTo(asOf.get());
        }
        return toDate;
    }

    /** The share from the start of the review period up to and including {@code day}. */
    TargetTime.Share shareUpTo(LocalDate day) {
        return time.share(DateRange.of(evidence.period().start(), day), evidence.participation());
    }

    /**
     * The share of a part of the review period that this review counts: the part's days up to the
     * interim date, if any (none when the part starts after it); the whole part otherwise.
     */
    TargetTime.Share partShare(DateRange part) {
        LocalDate end = asOf.filter(d -> d.isBefore(part.end())).orElse(part.end());
        if (end.isBefore(part.start())) {
            return new TargetTime.Share(org.blendscore.number.Fraction.ZERO, ExplanationText.partAfterInterimDate(part));
        }
        return time.share(DateRange.of(part.start(), end), evidence.participation());
    }

    /** Whether nothing limits the share of the review: it is exactly 1 without computing. */
    boolean whole() {
        if (whole == 0) {
            whole = asOf.isEmpty() && time.isWhole(evidence.period(), evidence.participation()) ? 1 : -1;
        }
        return whole > 0;
    }

    BigDecimal factor(String name) {
        return evidence.factors().get(name);
    }
}
