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

import java.time.Instant;

/**
 * The subject's dispute of a computed review. It stays open until a {@link Resolution} refers to it.
 *
 * @param subjectId the subject
 * @param reviewSeq the sequence number of the disputed {@link EntryKind#REVIEW} entry
 * @param raisedBy  who raised it (the subject, or someone on their behalf)
 * @param reason    what is disputed
 * @param at        when it was raised
 */
public record Dispute(String subjectId, long reviewSeq, String raisedBy, String reason, Instant at) implements Event {

    /**
     * Checks that every part is present.
     *
     * @param subjectId the subject
     * @param reviewSeq the sequence number of the disputed {@link EntryKind#REVIEW} entry
     * @param raisedBy who raised it (the subject, or someone on their behalf)
     * @param reason what is disputed
     * @param at when it was raised
     * @throws InvalidLedgerEntryException naming the missing part
     */
    public Dispute {
        String what = "the dispute of " + subjectId + "'s review " + reviewSeq;
        LedgerMessages.requireText(subjectId, "subjectId", "a dispute");
        LedgerMessages.requireSeq(reviewSeq, "reviewSeq", what);
        LedgerMessages.requireText(raisedBy, "raisedBy", what);
        LedgerMessages.requireText(reason, "reason", what);
        LedgerMessages.requirePart(at, "at", what);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.DISPUTE;
    }
}
