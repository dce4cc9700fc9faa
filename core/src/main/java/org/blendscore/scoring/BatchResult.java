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

import java.util.Objects;
import java.util.List;

/**
 * The outcome of scoring a batch: a review for every record that could be scored and a rejected
 * entry for every record that could not. {@code reviews().size() + rejected().size()} is the number
 * of records in the batch: nothing is dropped.
 */
public final class BatchResult {

    private final List<org.blendscore.review.Review> reviews;
    private final List<RejectedRecord> rejected;

    /**
     * Copies the lists.
     *
     * @param reviews the reviews, in batch order
     * @param rejected the rejected records, in batch order
     */
    public BatchResult(List<org.blendscore.review.Review> reviews, List<RejectedRecord> rejected) {
        reviews = List.copyOf(reviews);
        rejected = List.copyOf(rejected);
        this.reviews = reviews;
        this.rejected = rejected;
    }

    /**
     * How many records the batch had.
     *
     * @return reviews plus rejected records
     */
    public int total() {
        return reviews.size() + rejected.size();
    }

    /**
     * Returns the reviews, in batch order.
     *
     * @return the reviews, in batch order
     */
    public List<org.blendscore.review.Review> reviews() {
        return reviews;
    }

    /**
     * Returns the rejected records, in batch order.
     *
     * @return the rejected records, in batch order
     */
    public List<RejectedRecord> rejected() {
        return rejected;
    }

    /** Equal to another BatchResult whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BatchResult other
                && Objects.equals(reviews, other.reviews)
                && Objects.equals(rejected, other.rejected);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(reviews, rejected);
    }

    /** The parts, as {@code BatchResult[part=value, ...]}. */
    @Override
    public String toString() {
        return "BatchResult[reviews=" + reviews
                + ", rejected=" + rejected
                + "]";
    }
}
