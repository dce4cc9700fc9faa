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
 * The resolution of a {@link Dispute}. A dispute upheld is usually followed by an {@link Adjustment};
 * the resolution itself overrides nothing.
 *
 * @param subjectId  the subject
 * @param disputeSeq the sequence number of the {@link EntryKind#DISPUTE} entry it resolves
 * @param outcome    whether the dispute was upheld
 * @param resolvedBy who resolved it
 * @param reason     why
 * @param at         when it was resolved
 */
public record Resolution(String subjectId, long disputeSeq, Outcome outcome, String resolvedBy, String reason,
                         Instant at) implements Event {

    /** How a dispute ended. */
    public enum Outcome {
        /** The subject was right, in whole or in part. */
        UPHELD,
        /** The computed review stands. */
        REJECTED
    }

    /**
     * Checks that every part is present.
     *
     * @param subjectId the subject
     * @param disputeSeq the sequence number of the {@link EntryKind#DISPUTE} entry it resolves
     * @param outcome whether the dispute was upheld
     * @param resolvedBy who resolved it
     * @param reason why
     * @param at when it was resolved
     * @throws InvalidLedgerEntryException naming the missing part
     */
    public Resolution {
        String what = "the resolution of " + subjectId + "'s dispute " + disputeSeq;
        LedgerMessages.requireText(subjectId, "subjectId", "a resolution");
        LedgerMessages.requireSeq(disputeSeq, "disputeSeq", what);
        LedgerMessages.requirePart(outcome, "outcome", what);
        LedgerMessages.requireText(resolvedBy, "resolvedBy", what);
        LedgerMessages.requireText(reason, "reason", what);
        LedgerMessages.requirePart(at, "at", what);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.RESOLUTION;
    }
}
