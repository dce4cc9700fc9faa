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
package org.blendscore.metrics;

import java.util.Objects;

/**
 * A bad record: reported, left out of every metric, never dropped in silence.
 *
 * @param record the record's id, such as {@code d-101} or {@code acme@2026-01}
 * @param field the field that is wrong, such as {@code closed} or {@code owners[1].owner}
 * @param message what is wrong, with the offending value
 */
public record RecordProblem(String record, String field, String message) {

    /**
     * Checks that every part is present.
     *
     * @param record the record's id
     * @param field the field that is wrong
     * @param message what is wrong
     */
    public RecordProblem {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** As {@code d-7.amount: amount is -5, must not be negative}. */
    @Override
    public String toString() {
        return record + "." + field + ": " + message;
    }
}
