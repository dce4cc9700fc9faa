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
package org.blendscore.whatif;

import java.util.Objects;
import java.util.Optional;

import org.blendscore.scoring.RejectedRecord;

/**
 * A record that one or both scorers rejected, with each one's problems: it is in no migration and no
 * impact figure, and the what-if reports it rather than dropping it.
 *
 * @param index the record's position in the population, from 0
 * @param subjectId the subject, as the rejection names it
 * @param before the rejection by the scorer before; empty if it scored the record
 * @param after the rejection by the scorer after; empty if it scored the record
 */
public record WhatIfRejection(long index, String subjectId, Optional<RejectedRecord> before, Optional<RejectedRecord> after) {

    /**
     * Checks that at least one side rejected the record.
     *
     * @param index the record's position
     * @param subjectId the subject
     * @param before the rejection before
     * @param after the rejection after
     * @throws NullPointerException naming the part that is null
     * @throws IllegalArgumentException if neither side rejected the record
     */
    public WhatIfRejection {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException(WhatIfText.rejectedByNeither(index, subjectId));
        }
    }
}
