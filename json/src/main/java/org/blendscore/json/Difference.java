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
package org.blendscore.json;

import java.util.Objects;

/**
 * One way a verification case's review differs from what the case expects.
 *
 * @param caseId   the case's id
 * @param pointer  the JSON Pointer, in the rubric document, of the expectation that failed
 *                 (such as {@code /cases/0/expected/overall})
 * @param what     what differs: {@code "overall"}, {@code "band"}, {@code "contribution of new-arr"}, or
 *                 {@code "review"} when the evidence was rejected
 * @param expected what the case expects, as text ({@code "none"} for no band or no listed contribution)
 * @param came     what came, as text (the rejection's problems when the evidence was rejected)
 */
public record Difference(String caseId, String pointer, String what, String expected, String came) {

    /**
     * Checks that the parts are present.
     *
     * @param caseId   the case's id
     * @param pointer  the JSON Pointer of the expectation
     * @param what     what differs
     * @param expected what was expected
     * @param came     what came
     */
    public Difference {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(came, "came");
    }

    /** The difference without the case, as a problem of the document at its pointer. */
    String message() {
        return "verification case \"" + caseId + "\": " + what + " expected " + expected + ", came " + came;
    }

    @Override
    public String toString() {
        return "case \"" + caseId + "\" (" + pointer + "): " + what + " expected " + expected + ", came " + came;
    }
}
