package org.blendscore.scoring;

import java.util.function.Consumer;
import org.blendscore.review.Review;

/** What one record of a batch came to: a review, or a rejection. */
sealed interface RecordOutcome {

    /**
     * Hands the outcome to the consumer of its kind.
     *
     * @return true for a review, false for a rejection
     */
    boolean deliver(Consumer<? super Review> reviews, Consumer<? super RejectedRecord> rejected);

    /** A record that was scored. */
    record Reviewed(Review review) implements RecordOutcome {
        @Override
        public boolean deliver(Consumer<? super Review> reviews, Consumer<? super RejectedRecord> rejected) {
            reviews.accept(review);
            return true;
        }
    }

    /** A record that could not be scored. */
    record Rejected(RejectedRecord record) implements RecordOutcome {
        @Override
        public boolean deliver(Consumer<? super Review> reviews, Consumer<? super RejectedRecord> rejected) {
            rejected.accept(record);
            return false;
        }
    }
}
