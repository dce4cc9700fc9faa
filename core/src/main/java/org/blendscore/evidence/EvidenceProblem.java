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
package org.blendscore.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a piece of evidence, with where it is.
 */
public final class EvidenceProblem {

    private final String subjectId;
    private final Optional<String> measureId;
    private final Optional<String> raterId;
    private final String field;
    private final String message;

    /**
     * Checks that the parts are present.
     *
     * @param subjectId the subject, as given (may be blank when that is the problem)
     * @param measureId the measure, if the problem is in one
     * @param raterId the rater, if the problem is in a rating
     * @param field the field, such as {@code actual}, {@code value}, {@code source} or {@code subjectId}
     * @param message what is wrong, with the offending value and what is allowed
     */
    public EvidenceProblem(String subjectId, Optional<String> measureId, Optional<String> raterId, String field,
                           String message) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        this.subjectId = subjectId;
        this.measureId = measureId;
        this.raterId = raterId;
        this.field = field;
        this.message = message;
    }

    /** Renders as {@code subject 'ana', measure 'customer-trust', rater 'm1', field value: message}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("subject '").append(subjectId).append('\'');
        measureId.ifPresent(m -> b.append(", measure '").append(m).append('\''));
        raterId.ifPresent(r -> b.append(", rater '").append(r).append('\''));
        return b.append(", ").append(field).append(": ").append(message).toString();
    }

    /**
     * Returns the subject, as given (may be blank when that is the problem).
     *
     * @return the subject, as given (may be blank when that is the problem)
     */
    public String subjectId() {
        return subjectId;
    }

    /**
     * Returns the measure, if the problem is in one.
     *
     * @return the measure, if the problem is in one
     */
    public Optional<String> measureId() {
        return measureId;
    }

    /**
     * Returns the rater, if the problem is in a rating.
     *
     * @return the rater, if the problem is in a rating
     */
    public Optional<String> raterId() {
        return raterId;
    }

    /**
     * Returns the field, such as {@code actual}, {@code value}, {@code source} or {@code subjectId}.
     *
     * @return the field, such as {@code actual}, {@code value}, {@code source} or {@code subjectId}
     */
    public String field() {
        return field;
    }

    /**
     * Returns what is wrong, with the offending value and what is allowed.
     *
     * @return what is wrong, with the offending value and what is allowed
     */
    public String message() {
        return message;
    }

    /** Equal to another EvidenceProblem whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof EvidenceProblem other
                && Objects.equals(subjectId, other.subjectId)
                && Objects.equals(measureId, other.measureId)
                && Objects.equals(raterId, other.raterId)
                && Objects.equals(field, other.field)
                && Objects.equals(message, other.message);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(subjectId, measureId, raterId, field, message);
    }
}
