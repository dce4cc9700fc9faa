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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blendscore.ledger.ChainProblem.Kind;

/**
 * Checks stored chains, one entry at a time, in memory bounded by the number of subjects (not of
 * entries). Feed it every entry in the order of subject and sequence number, then {@link #finish()}.
 *
 * <p>For each entry it recomputes the hash from the stored content and the stored previous hash (an
 * edit of the subject, number, kind or payload, or of the stored hash, shows as {@link Kind#ALTERED});
 * compares the stored previous hash with the hash of the entry before it ({@link Kind#UNLINKED}: an
 * entry inserted, deleted or moved); and expects numbers 1, 2, 3... ({@link Kind#MISSING} for a gap).
 * At the end of each chain it compares the last entry with the chain's {@link ChainHead}: a chain
 * shorter than its head was cut ({@link Kind#TRUNCATED}), a longer one was appended to outside the
 * ledger ({@link Kind#UNEXPECTED}), and a head whose hash is not its entry's is {@link Kind#HEAD_MISMATCH}.
 * Not thread-safe.
 */
public final class ChainVerifier {

    private final Map<String, ChainHead> heads = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<ChainProblem> problems = new ArrayList<>();
    private long entries;
    private String subject;
    private long lastSeq;
    private String lastHash;

    /**
     * A verifier against the stored heads.
     *
     * @param heads every chain head the ledger holds
     */
    public ChainVerifier(Collection<ChainHead> heads) {
        for (ChainHead h : heads) {
            this.heads.put(h.subjectId(), h);
        }
    }

    /**
     * Checks the next entry.
     *
     * @param e the entry, after every entry of subjects before it and of lower numbers in its subject
     */
    public void accept(Entry e) {
        entries++;
        if (!e.subjectId().equals(subject)) {
            endChain();
            subject = e.subjectId();
            seen.add(subject);
            lastSeq = 0;
            lastHash = ChainHash.GENESIS;
        }
        if (e.seq() > lastSeq + 1) {
            problems.add(new ChainProblem(subject, lastSeq + 1, Kind.MISSING, lastSeq + 1 == e.seq() - 1
                    ? "entry " + (lastSeq + 1) + " is missing (deleted)"
                    : "entries " + (lastSeq + 1) + " to " + (e.seq() - 1) + " are missing (deleted)"));
        }
        String recomputed = ChainHash.of(e.previousHash(), e.subjectId(), e.seq(), e.kind(), e.payload());
        if (!recomputed.equals(e.hash())) {
            problems.add(new ChainProblem(subject, e.seq(), Kind.ALTERED,
                    "its content does not match its stored hash (the entry or its hash was edited, or it was moved here from another place)"));
        }
        if (!e.previousHash().equals(lastHash)) {
            problems.add(new ChainProblem(subject, e.seq(), Kind.UNLINKED, lastSeq == 0
                    ? "it is the first entry present, but its previous hash is not the genesis hash (entries before it were deleted, or it was inserted)"
                    : "its previous hash is not the hash of entry " + lastSeq + " before it (an entry was inserted, deleted or reordered)"));
        }
        lastSeq = e.seq();
        lastHash = e.hash();
    }

    /**
     * Ends the last chain and checks the heads of chains that have no entries left.
     *
     * @return every problem found
     */
    public Verification finish() {
        endChain();
        subject = null;
        for (ChainHead h : heads.values()) {
            if (!seen.contains(h.subjectId())) {
                problems.add(new ChainProblem(h.subjectId(), 1, Kind.TRUNCATED,
                        "the head says the chain ends at entry " + h.seq() + ", but it has no entries (all deleted)"));
            }
        }
        Set<String> subjects = new HashSet<>(seen);
        subjects.addAll(heads.keySet());
        return new Verification(subjects.size(), entries, problems);
    }

    private void endChain() {
        if (subject == null) {
            return;
        }
        ChainHead head = heads.get(subject);
        if (head == null) {
            problems.add(new ChainProblem(subject, lastSeq, Kind.HEAD_MISMATCH,
                    "the chain has no head row (its entries were written outside the ledger, or its head was deleted)"));
        } else if (lastSeq < head.seq()) {
            problems.add(new ChainProblem(subject, lastSeq + 1, Kind.TRUNCATED, "the chain ends at entry " + lastSeq
                    + " but its head says entry " + head.seq() + ": entries " + (lastSeq + 1) + " to " + head.seq() + " were deleted"));
        } else if (lastSeq > head.seq()) {
            problems.add(new ChainProblem(subject, head.seq() + 1, Kind.UNEXPECTED, "the head says the chain ends at entry "
                    + head.seq() + ", but entries up to " + lastSeq + " are present (added outside the ledger)"));
        } else if (!head.hash().equals(lastHash)) {
            problems.add(new ChainProblem(subject, lastSeq, Kind.HEAD_MISMATCH,
                    "the head's hash is not the hash of entry " + lastSeq + " (the entry or the head was edited)"));
        }
    }
}
