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

import java.util.List;

/**
 * Thrown when evidence cannot be scored; lists the problems found, each naming the subject, measure,
 * rater and field. Nothing is scored from such evidence.
 *
 * <p>At most {@value #MAX_LISTED_PROBLEMS} problems are listed: a record with more (a million ratings
 * from an unknown source, say) lists the first ones and says how many more were found
 * ({@link #omittedProblems()}), so that one record can never cost memory without bound. The message is
 * made from the listed problems only when it is asked for.
 */
public final class InvalidEvidenceException extends IllegalArgumentException {

    /** The most problems an exception, or a rejected record of a batch, lists; the rest are counted. */
    public static final int MAX_LISTED_PROBLEMS = 100;

    private static final long serialVersionUID = 1L;

    /** The problems listed; never empty, at most {@link #MAX_LISTED_PROBLEMS}. */
    private final transient List<EvidenceProblem> problems;
    /** How many more problems were found and not listed. */
    private final int omitted;

    /**
     * Creates the exception; of more than {@value #MAX_LISTED_PROBLEMS} problems, the first are listed
     * and the rest counted.
     *
     * @param problems every problem found; at least one
     */
    public InvalidEvidenceException(List<EvidenceProblem> problems) {
        this(problems, 0);
    }

    /**
     * Creates the exception for problems of which some were found and not kept: of more than
     * {@value #MAX_LISTED_PROBLEMS} problems given, the first are listed and the rest counted with
     * {@code omitted}.
     *
     * @param problems the problems kept, in the order found; at least one
     * @param omitted how many more problems were found and not kept; a negative count counts as 0
     */
    public InvalidEvidenceException(List<EvidenceProblem> problems, int omitted) {
        super((String) null);
        int listed = Math.min(problems.size(), MAX_LISTED_PROBLEMS);
        this.problems = List.copyOf(problems.subList(0, listed));
        this.omitted = saturatedSum(Math.max(0, omitted), problems.size() - listed);
    }

    /**
     * The problems listed: every problem found, or the first {@value #MAX_LISTED_PROBLEMS} of them.
     *
     * @return the problems, never empty
     */
    public List<EvidenceProblem> problems() {
        return problems;
    }

    /**
     * How many problems were found beyond those listed.
     *
     * @return 0 when {@link #problems()} holds every problem found
     */
    public int omittedProblems() {
        return omitted;
    }

    /**
     * The listed problems, one a line, and how many more there were; made when asked for.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        if (problems == null) {
            // transient, so absent after deserialization (which the library does not support)
            return RejectionMessages.rejectedHead(0, omitted);
        }
        return RejectionMessages.render(problems, omitted);
    }

    private static int saturatedSum(int a, int b) {
        long sum = (long) a + b;
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }
}
