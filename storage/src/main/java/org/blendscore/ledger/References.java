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

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Checks, before an event is appended, that what it refers to is in its subject's chain: an
 * adjustment's or a dispute's review, an adjusted measure in that review, a resolution's dispute.
 */
public final class References {

    private References() {
    }

    /**
     * Checks an event's references.
     *
     * @param event   the event to append
     * @param kinds   the kinds of the subject's entries by sequence number (as far as appended, in this transaction too)
     * @param entries the subject's entries by sequence number, asked only for a review whose measure is adjusted
     * @throws InvalidLedgerEntryException naming the entry that is missing or of the wrong kind
     */
    public static void check(Event event, LongFunction<Optional<EntryKind>> kinds, LongFunction<Entry> entries) {
        if (event instanceof Adjustment a) {
            require(a.subjectId(), a.reviewSeq(), EntryKind.REVIEW, kinds, "the adjustment of " + a.subjectId() + "'s review " + a.reviewSeq());
            if (a.change() instanceof Change.Points p) {
                ComputedReview computed = (ComputedReview) Payloads.read(entries.apply(a.reviewSeq()));
                if (computed.review().measure(p.measureId()).isEmpty()) {
                    throw LedgerMessages.unknownMeasure(a.subjectId(), a.reviewSeq(), p.measureId());
                }
            }
        } else if (event instanceof Dispute d) {
            require(d.subjectId(), d.reviewSeq(), EntryKind.REVIEW, kinds, "the dispute of " + d.subjectId() + "'s review " + d.reviewSeq());
        } else if (event instanceof Resolution r) {
            require(r.subjectId(), r.disputeSeq(), EntryKind.DISPUTE, kinds, "the resolution of " + r.subjectId() + "'s dispute " + r.disputeSeq());
        }
    }

    private static void require(String subject, long seq, EntryKind kind, LongFunction<Optional<EntryKind>> kinds, String what) {
        EntryKind found = kinds.apply(seq).orElseThrow(() -> LedgerMessages.noSuchEntry(subject, seq, kind, what));
        if (found != kind) {
            throw LedgerMessages.wrongKind(subject, seq, kind, found, what);
        }
    }
}
