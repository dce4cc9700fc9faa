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
 * A reviewer's adjustment of a computed review: it overrides the band or one measure's points, and it
 * never changes the computed review, which stays in the chain as it was; the subject's
 * {@link CurrentReview} shows both. Every part is required.
 *
 * @param subjectId the subject
 * @param reviewSeq the sequence number of the {@link EntryKind#REVIEW} entry it adjusts, in the subject's chain
 * @param change    what it overrides
 * @param reason    why
 * @param reviewer  who adjusts
 * @param approver  who approved the adjustment
 * @param at        when it was made
 */
public record Adjustment(String subjectId, long reviewSeq, Change change, String reason, String reviewer,
                         String approver, Instant at) implements Event {

    /**
     * Checks that every part is present.
     *
     * @param subjectId the subject
     * @param reviewSeq the sequence number of the {@link EntryKind#REVIEW} entry it adjusts, in the subject's chain
     * @param change what it overrides
     * @param reason why
     * @param reviewer who adjusts
     * @param approver who approved the adjustment
     * @param at when it was made
     * @throws InvalidLedgerEntryException naming the missing part
     */
    public Adjustment {
        String what = "the adjustment of " + subjectId + "'s review " + reviewSeq;
        LedgerMessages.requireText(subjectId, "subjectId", "an adjustment");
        LedgerMessages.requireSeq(reviewSeq, "reviewSeq", what);
        LedgerMessages.requirePart(change, "change", what);
        LedgerMessages.requireText(reason, "reason", what);
        LedgerMessages.requireText(reviewer, "reviewer", what);
        LedgerMessages.requireText(approver, "approver", what);
        LedgerMessages.requirePart(at, "at", what);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ADJUSTMENT;
    }
}
