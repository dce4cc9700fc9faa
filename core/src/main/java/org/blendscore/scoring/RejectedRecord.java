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
import org.blendscore.evidence.InvalidEvidenceException;

/**
 * A batch record that could not be scored: for bad evidence, its problems; for a failure while
 * scoring it (a bug, or an input the checks let through), one problem naming the failure.
 *
 * <p>Like {@link InvalidEvidenceException}, it lists at most
 * {@value InvalidEvidenceException#MAX_LISTED_PROBLEMS} problems and counts the rest.
 */
public final class RejectedRecord {

    private final int index;
    private final String subjectId;
    private final List<EvidenceProblem> problems;
    private final int omittedProblems;

    /**
     * Checks the parts and copies the problems; of more than
     * {@value InvalidEvidenceException#MAX_LISTED_PROBLEMS}, the first are kept and the rest counted.
     *
     * @param index the record's position in the batch, from 0
     * @param subjectId the record's subject id as given (blank if it had none)
     * @param problems the problems found in the record
     * @param omittedProblems how many more problems were found and not given; a negative count counts as 0
     */
    public RejectedRecord(int index, String subjectId, List<EvidenceProblem> problems, int omittedProblems) {
        Objects.requireNonNull(subjectId, "subjectId");
        int listed = Math.min(problems.size(), InvalidEvidenceException.MAX_LISTED_PROBLEMS);
        omittedProblems = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, omittedProblems) + problems.size() - listed);
        problems = List.copyOf(problems.subList(0, listed));
        this.index = index;
        this.subjectId = subjectId;
        this.problems = problems;
        this.omittedProblems = omittedProblems;
    }

    /**
     * A rejected record with every problem found (up to {@value InvalidEvidenceException#MAX_LISTED_PROBLEMS} listed).
     *
     * @param index the record's position in the batch, from 0
     * @param subjectId the record's subject id as given (blank if it had none)
     * @param problems every problem found in the record
     */
    public RejectedRecord(int index, String subjectId, List<EvidenceProblem> problems) {
        this(index, subjectId, problems, 0);
    }

    /**
     * Returns the record's position in the batch, from 0.
     *
     * @return the record's position in the batch, from 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns the record's subject id as given (blank if it had none).
     *
     * @return the record's subject id as given (blank if it had none)
     */
    public String subjectId() {
        return subjectId;
    }

    /**
     * Returns the problems found in the record: all of them, or the first {@value InvalidEvidenceException#MAX_LISTED_PROBLEMS}.
     *
     * @return the problems found in the record: all of them, or the first {@value InvalidEvidenceException#MAX_LISTED_PROBLEMS}
     */
    public List<EvidenceProblem> problems() {
        return problems;
    }

    /**
     * Returns how many more problems were found and not listed.
     *
     * @return how many more problems were found and not listed
     */
    public int omittedProblems() {
        return omittedProblems;
    }

    /** Equal to another RejectedRecord whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RejectedRecord other
                && index == other.index
                && Objects.equals(subjectId, other.subjectId)
                && Objects.equals(problems, other.problems)
                && omittedProblems == other.omittedProblems;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(index, subjectId, problems, omittedProblems);
    }

    /** The parts, as {@code RejectedRecord[part=value, ...]}. */
    @Override
    public String toString() {
        return "RejectedRecord[index=" + index
                + ", subjectId=" + subjectId
                + ", problems=" + problems
                + ", omittedProblems=" + omittedProblems
                + "]";
    }
}
