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
package org.blendscore.ledger;

/**
 * Something wrong with a stored chain, found by {@link ChainVerifier}: which subject, which entry, what.
 *
 * @param subjectId the subject whose chain it is
 * @param seq       the entry it concerns
 * @param kind      what is wrong
 * @param detail    the whole finding, in words
 */
public record ChainProblem(String subjectId, long seq, Kind kind, String detail) {

    /** What can be wrong. */
    public enum Kind {
        /** The entry's content (subject, number, kind or payload) does not give its stored hash: it was edited. */
        ALTERED,
        /** The entry's previous hash is not the hash of the entry before it: an entry was inserted, deleted or moved. */
        UNLINKED,
        /** Entries are missing between two that are present: deleted from the middle. */
        MISSING,
        /** The chain ends before its head says it does: entries deleted from the end. */
        TRUNCATED,
        /** Entries past the chain's head: added to the end outside the ledger. */
        UNEXPECTED,
        /** The head's hash is not the hash of the entry it names, or a chain has no head. */
        HEAD_MISMATCH
    }

    @Override
    public String toString() {
        return "subject " + subjectId + ", entry " + seq + ": " + kind + ": " + detail;
    }
}
