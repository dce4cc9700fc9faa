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
 *
 * @param subjectId the subject, as given (may be blank when that is the problem)
 * @param measureId the measure, if the problem is in one
 * @param raterId the rater, if the problem is in a rating
 * @param field the field, such as {@code actual}, {@code value}, {@code source} or {@code subjectId}
 * @param message what is wrong, with the offending value and what is allowed
 */
public record EvidenceProblem(String subjectId, Optional<String> measureId, Optional<String> raterId, String field, String message) {

    /**
     * Checks that the parts are present.
     *
     * @param subjectId the subject, as given (may be blank when that is the problem)
     * @param measureId the measure, if the problem is in one
     * @param raterId the rater, if the problem is in a rating
     * @param field the field, such as {@code actual}, {@code value}, {@code source} or {@code subjectId}
     * @param message what is wrong, with the offending value and what is allowed
     */
    public EvidenceProblem {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Renders as {@code subject 'ana', measure 'customer-trust', rater 'm1', field value: message}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("subject '").append(subjectId).append('\'');
        measureId.ifPresent(m -> b.append(", measure '").append(m).append('\''));
        raterId.ifPresent(r -> b.append(", rater '").append(r).append('\''));
        return b.append(", ").append(field).append(": ").append(message).toString();
    }
}
