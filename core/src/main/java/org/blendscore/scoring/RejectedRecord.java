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
