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
package org.blendscore.ledger;

import java.time.Instant;
import java.util.Objects;

import org.blendscore.review.Review;

/**
 * A review as the scorer computed it. It is stored as a {@code blendscore.review/1} audit-view document
 * and never changes afterwards: adjustments are entries of their own.
 *
 * @param review the computed review; its subject is the chain's subject
 * @param at     when it was computed
 */
public record ComputedReview(Review review, Instant at) implements Event {

    /**
     * Checks the parts.
     *
     * @param review the computed review; its subject is the chain's subject
     * @param at when it was computed
     * @throws NullPointerException naming a missing part
     */
    public ComputedReview {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String subjectId() {
        return review.subjectId();
    }

    @Override
    public EntryKind kind() {
        return EntryKind.REVIEW;
    }
}
