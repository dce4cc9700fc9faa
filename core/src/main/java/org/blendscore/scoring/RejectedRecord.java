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

import java.util.List;
import java.util.Objects;
import org.blendscore.evidence.EvidenceProblem;

/**
 * A batch record that could not be scored.
 *
 * @param index the record's position in the batch, from 0
 * @param subjectId the record's subject id as given (blank if it had none)
 * @param problems every problem found in the record
 */
public record RejectedRecord(int index, String subjectId, List<EvidenceProblem> problems) {

    /**
     * Checks the parts and copies the problems.
     *
     * @param index the record's position in the batch, from 0
     * @param subjectId the record's subject id as given (blank if it had none)
     * @param problems every problem found in the record
     */
    public RejectedRecord {
        Objects.requireNonNull(subjectId, "subjectId");
        problems = List.copyOf(problems);
    }
}
