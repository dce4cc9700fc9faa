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

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What the hostile-input tests assert of a refused document: its problems, by pointer and text. */
final class DocumentProblems {

    private DocumentProblems() {
    }

    /** The problems of an evidence document that must be refused. */
    static List<DocumentProblem> evidenceProblems(String json) {
        return assertThrows(InvalidDocumentException.class, () -> EvidenceJson.read(json)).problems();
    }

    /** Asserts a problem at {@code pointer} whose message contains {@code text}. */
    static void has(List<DocumentProblem> problems, String pointer, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(pointer) && p.message().contains(text)),
                () -> "expected a problem at " + pointer + " containing '" + text + "', got " + problems);
    }
}
