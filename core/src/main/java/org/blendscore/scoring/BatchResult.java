package org.blendscore.scoring;

import java.util.List;

/**
 * The outcome of scoring a batch: a review for every record that could be scored and a rejected
 * entry for every record that could not. {@code reviews().size() + rejected().size()} is the number
 * of records in the batch: nothing is dropped.
 *
 * @param reviews the reviews, in batch order
 * @param rejected the rejected records, in batch order
 */
public record BatchResult(List<org.blendscore.review.Review> reviews, List<RejectedRecord> rejected) {

    /**
     * Copies the lists.
     *
     * @param reviews the reviews, in batch order
     * @param rejected the rejected records, in batch order
     */
    public BatchResult {
        reviews = List.copyOf(reviews);
        rejected = List.copyOf(rejected);
    }

    /**
     * How many records the batch had.
     *
     * @return reviews plus rejected records
     */
    public int total() {
        return reviews.size() + rejected.size();
    }
}
