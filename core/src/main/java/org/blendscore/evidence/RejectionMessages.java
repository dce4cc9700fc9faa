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

/** The texts of rejected evidence, one named factory each (the problems' own texts are the scorer's). */
final class RejectionMessages {

    private RejectionMessages() {
    }

    /** The message of evidence rejected for its problems: the listed ones, one a line, and how many more there were. */
    static String render(List<EvidenceProblem> problems, int omitted) {
        if (problems.size() == 1 && omitted == 0) {
            return "evidence rejected: " + problems.get(0);
        }
        StringBuilder out = new StringBuilder(rejectedHead(problems.size(), omitted));
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : "\n").append("  - ").append(problems.get(i));
        }
        if (omitted > 0) {
            out.append("\n  ").append(omittedLine(omitted));
        }
        return out.toString();
    }

    /** The first line of the message of evidence rejected for several problems. */
    static String rejectedHead(int listed, int omitted) {
        long all = (long) listed + omitted;
        return "evidence rejected (" + all + " problems" + (omitted > 0 ? ", the first " + listed + " listed" : "") + "):\n";
    }

    /** The last line of a message that lists only the first problems. */
    static String omittedLine(int omitted) {
        return "... and " + omitted + " more " + (omitted == 1 ? "problem" : "problems") + " not listed (at most "
                + InvalidEvidenceException.MAX_LISTED_PROBLEMS + " are)";
    }
}
