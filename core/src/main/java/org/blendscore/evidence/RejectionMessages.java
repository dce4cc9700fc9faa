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

/** The texts of rejected evidence, one named factory each (the problems' own texts are the scorer's). */
final class RejectionMessages {

    private RejectionMessages() {
    }

    /** The message of evidence rejected for one problem. */
    static String rejected(EvidenceProblem problem) {
        return "evidence rejected: " + problem;
    }

    /** The first line of the message of evidence rejected for several problems. */
    static String rejectedHead(int problems) {
        return "evidence rejected (" + problems + " problems):\n";
    }
}
