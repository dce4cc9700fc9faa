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
 */
final class TargetContext {

    /** The evidence being scored; set by {@link #reset} for each review. */
    Evidence evidence;
    /** The date of an interim review, or empty; set by {@link #reset} for each review. */
    Optional<LocalDate> asOf = Optional.empty();
    final TargetRules rules;
    private final TargetTime time;
    private TargetTime.Share full;
    private TargetTime.Share toDate;
    /** {@link #whole()} once known: 1 or -1; 0 before. */
    private int whole;

    TargetContext(TargetTime time, TargetRules rules) {
        this.time = time;
        this.rules = rules;
    }

    /**
     * Starts the context for another review: forgets the shares of the last one.
     *
     * @param evidence the evidence to score (null to let go of the last)
     * @param asOf the date of an interim review, or empty
     */
    void reset(Evidence evidence, Optional<LocalDate> asOf) {
        this.evidence = evidence;
        this.asOf = asOf;
        this.full = null;
        this.toDate = null;
        this.whole = 0;
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
