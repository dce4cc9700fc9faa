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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.RubricSet;

/**
 * The compiled rubrics of a {@link RubricSet}: scores each subject with the rubric of its role.
 * Immutable and thread-safe, like {@link Scorer}.
 */
public final class RoleScorer {

    private final Map<String, Scorer> byRole;

    private RoleScorer(Map<String, Scorer> byRole) {
        this.byRole = byRole;
    }

    /**
     * Compiles every rubric of the set.
     *
     * @param rubrics the role-specific rubrics
     * @return the role scorer
     */
    public static RoleScorer of(RubricSet rubrics) {
        Map<String, Scorer> m = new LinkedHashMap<>();
        rubrics.byRole().forEach((role, rubric) -> m.put(role, Scorer.of(rubric)));
        return new RoleScorer(java.util.Collections.unmodifiableMap(m));
    }

    /**
     * The scorer of a role.
     *
     * @param role a role
     * @return its scorer, or empty for an unknown role
     */
    public Optional<Scorer> scorerFor(String role) {
        return Optional.ofNullable(byRole.get(role));
    }

    /**
     * Scores evidence with the rubric of the subject's role.
     *
     * @param role the subject's role
     * @param evidence the evidence
     * @return the review
     * @throws InvalidEvidenceException for an unknown role (naming the known ones) or evidence that does not fit
     */
    public Review score(String role, Evidence evidence) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evidence, "evidence");
        Scorer scorer = byRole.get(role);
        if (scorer == null) {
            throw new InvalidEvidenceException(List.of(new EvidenceProblem(evidence.subjectId(), Optional.empty(), Optional.empty(),
                    "role", EvidenceMessages.unknownRole(role, byRole.keySet()))));
        }
        return scorer.score(evidence);
    }
}
