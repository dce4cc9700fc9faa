package org.blendscore.scoring;

/**
 * How many records a streaming run of {@link Scorer#scoreAll(Iterable, java.util.function.Consumer,
 * java.util.function.Consumer)} or {@link Scorer#scoreAllParallel(Iterable, java.util.function.Consumer,
 * java.util.function.Consumer)} handed on: every record gives exactly one review or one rejected record,
 * so nothing is dropped.
 *
 * @param reviewed how many records were scored, each handed on as a review
 * @param rejected how many records were rejected, each handed on as a {@link RejectedRecord}
 */
public record BatchCounts(long reviewed, long rejected) {

    /** Checks that the counts are not negative. */
    public BatchCounts {
        if (reviewed < 0 || rejected < 0) {
            throw new IllegalArgumentException(ScoringMessages.negativeCounts(reviewed, rejected));
        }
    }

    /**
     * How many records the run read.
     *
     * @return reviewed plus rejected records
     */
    public long total() {
        return reviewed + rejected;
    }
}
