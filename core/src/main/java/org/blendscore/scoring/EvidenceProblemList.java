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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;

/**
 * The problems one check of one record finds: the first {@link InvalidEvidenceException#MAX_LISTED_PROBLEMS}
 * are kept, the rest only counted, so that a record with a million bad parts costs a bounded amount of
 * memory. Made with no list; the list is made with the first problem.
 */
class EvidenceProblemList {

    private final String subjectId;
    private List<EvidenceProblem> problems;
    /** Problems found once {@link InvalidEvidenceException#MAX_LISTED_PROBLEMS} were kept: counted, not kept. */
    private int omitted;

    EvidenceProblemList(String subjectId) {
        this.subjectId = subjectId;
    }

    /** How many problems are kept. */
    final int size() {
        return problems == null ? 0 : problems.size();
    }

    /** The problems kept, or null when none was found. */
    final List<EvidenceProblem> kept() {
        return problems;
    }

    /** How many problems were found and not kept. */
    final int omitted() {
        return omitted;
    }

    final void add(Optional<String> measure, Optional<String> rater, String field, String message) {
        if (problems == null) {
            problems = new ArrayList<>();
        } else if (problems.size() >= InvalidEvidenceException.MAX_LISTED_PROBLEMS) {
            omitted = omitted == Integer.MAX_VALUE ? omitted : omitted + 1;
            return;
        }
        problems.add(new EvidenceProblem(subjectId, measure, rater, field, message));
    }

    final void add(String measure, Optional<String> rater, String field, String message) {
        add(Optional.of(measure), rater, field, message);
    }

    /**
     * Whether no more problems are kept: then counts one found, so that a caller in a long loop can
     * skip making the problem's message ({@code if (!dropped()) add(...)}).
     */
    final boolean dropped() {
        if (problems == null || problems.size() < InvalidEvidenceException.MAX_LISTED_PROBLEMS) {
            return false;
        }
        omitted = omitted == Integer.MAX_VALUE ? omitted : omitted + 1;
        return true;
    }
}
