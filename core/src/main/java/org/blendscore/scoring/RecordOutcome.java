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

    /**
     * Whether scoring the record failed half-way, so that its workspace may hold anything and is not
     * to be used again.
     *
     * @return true for a {@link Failed} record
     */
    default boolean spoilsRun() {
        return false;
    }

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

    /** A record whose scoring failed unexpectedly: rejected like a bad one, and its workspace dropped. */
    record Failed(RejectedRecord record) implements RecordOutcome {
        @Override
        public boolean deliver(Consumer<? super Review> reviews, Consumer<? super RejectedRecord> rejected) {
            rejected.accept(record);
            return false;
        }

        @Override
        public boolean spoilsRun() {
            return true;
        }
    }
}
