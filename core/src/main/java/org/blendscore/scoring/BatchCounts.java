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
/**
 * How many records a streaming run of {@link Scorer#scoreAll(Iterable, java.util.function.Consumer,
 * java.util.function.Consumer)} or {@link Scorer#scoreAllParallel(Iterable, java.util.function.Consumer,
 * java.util.function.Consumer)} handed on: every record gives exactly one review or one rejected record,
 * so nothing is dropped.
 */
public final class BatchCounts {

    private final long reviewed;
    private final long rejected;

    /**
     * Checks that the counts are not negative.
     *
     * @param reviewed how many records were scored, each handed on as a review
     * @param rejected how many records were rejected, each handed on as a {@link RejectedRecord}
     */
    public BatchCounts(long reviewed, long rejected) {
        if (reviewed < 0 || rejected < 0) {
            throw new IllegalArgumentException(ScoringMessages.negativeCounts(reviewed, rejected));
        }
        this.reviewed = reviewed;
        this.rejected = rejected;
    }

    /**
     * How many records the run read.
     *
     * @return reviewed plus rejected records
     */
    public long total() {
        return reviewed + rejected;
    }

    /**
     * Returns how many records were scored, each handed on as a review.
     *
     * @return how many records were scored, each handed on as a review
     */
    public long reviewed() {
        return reviewed;
    }

    /**
     * Returns how many records were rejected, each handed on as a {@link RejectedRecord}.
     *
     * @return how many records were rejected, each handed on as a {@link RejectedRecord}
     */
    public long rejected() {
        return rejected;
    }

    /** Equal to another BatchCounts whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BatchCounts other
                && reviewed == other.reviewed
                && rejected == other.rejected;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(reviewed, rejected);
    }

    /** The parts, as {@code BatchCounts[part=value, ...]}. */
    @Override
    public String toString() {
        return "BatchCounts[reviewed=" + reviewed
                + ", rejected=" + rejected
                + "]";
    }
}
