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

import java.util.Objects;

/**
 * One stored entry of a subject's chain, as the database holds it: its place, its kind, its payload
 * (the event as a JSON document, a review in the {@code blendscore.review/1} audit view) and the two
 * hashes that chain it. {@code hash} is {@link ChainHash#of ChainHash.of(previousHash, subjectId, seq,
 * kind, payload)}; the first entry's {@code previousHash} is {@link ChainHash#GENESIS}.
 *
 * @param subjectId    the subject whose chain it is in
 * @param seq          its sequence number in that chain, from 1 without gaps
 * @param kind         the kind of event it records
 * @param payload      the event as a JSON document
 * @param previousHash the hash of entry {@code seq - 1}, in lower-case hex
 * @param hash         its own hash, in lower-case hex
 */
public record Entry(String subjectId, long seq, EntryKind kind, String payload, String previousHash, String hash) {

    /**
     * Checks that every part is present (a stored row may hold anything else; {@link ChainVerifier} judges it).
     *
     * @param subjectId the subject whose chain it is in
     * @param seq its sequence number in that chain, from 1 without gaps
     * @param kind the kind of event it records
     * @param payload the event as a JSON document
     * @param previousHash the hash of entry {@code seq - 1}, in lower-case hex
     * @param hash its own hash, in lower-case hex
     * @throws NullPointerException naming a missing part
     */
    public Entry {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * Chains an event's payload after an entry's hash.
     *
     * @param subjectId    the subject
     * @param seq          the sequence number it gets
     * @param kind         its kind
     * @param payload      its payload
     * @param previousHash the hash of the entry before it, or {@link ChainHash#GENESIS}
     * @return the entry with its hash
     */
    public static Entry chain(String subjectId, long seq, EntryKind kind, String payload, String previousHash) {
        return new Entry(subjectId, seq, kind, payload, previousHash, ChainHash.of(previousHash, subjectId, seq, kind, payload));
    }
}
