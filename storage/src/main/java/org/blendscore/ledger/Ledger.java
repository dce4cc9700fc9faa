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

import java.util.List;

/**
 * An append-only, per-subject history of reviews: computed reviews, reviewers' adjustments, disputes and
 * their resolutions, each an {@link Entry} hash-chained to the one before it in the subject's chain.
 * Nothing is ever updated or deleted through a ledger; {@link #verify()} finds what was changed behind
 * its back. Implementations are thread-safe, and two writers appending to one subject's chain at the
 * same time, from one process or two, never fork it.
 */
public interface Ledger {

    /**
     * Appends one event to its subject's chain, in one transaction.
     *
     * @param event the event
     * @return the stored entry, with its sequence number and hash
     * @throws InvalidLedgerEntryException if the event refers to an entry its subject's chain does not have
     */
    Entry append(Event event);

    /**
     * Appends events in one transaction: all of them, or, on any failure, none. An event may refer to
     * one before it in the same batch.
     *
     * @param events the events, of one subject or several, in order
     * @return the stored entries, in the order of the events
     * @throws InvalidLedgerEntryException if an event refers to an entry that does not exist; nothing is appended
     */
    List<Entry> appendAll(List<? extends Event> events);

    /**
     * A subject's stored entries, as they are (not verified).
     *
     * @param subjectId the subject
     * @return its entries in order, empty if it has none
     */
    List<Entry> entries(String subjectId);

    /**
     * A subject's events, read from its entries.
     *
     * @param subjectId the subject
     * @return its events with their sequence numbers, in order
     */
    List<Numbered<Event>> events(String subjectId);

    /**
     * A subject's last computed review, with its adjustments and disputes.
     *
     * @param subjectId the subject
     * @return the current review
     * @throws InvalidLedgerEntryException if the subject has no computed review
     */
    default CurrentReview current(String subjectId) {
        return CurrentReview.derive(subjectId, 0, events(subjectId));
    }

    /**
     * One of a subject's computed reviews, with its adjustments and disputes.
     *
     * @param subjectId the subject
     * @param reviewSeq the computed review's sequence number
     * @return the current review
     * @throws InvalidLedgerEntryException if there is no computed review at that number
     */
    default CurrentReview current(String subjectId, long reviewSeq) {
        LedgerMessages.requireSeq(reviewSeq, "reviewSeq", "the current review of " + subjectId);
        return CurrentReview.derive(subjectId, reviewSeq, events(subjectId));
    }

    /**
     * Checks every chain: each entry's hash against its content, each link to the entry before, the
     * numbering, and each chain's end against its head.
     *
     * @return every problem found, each naming its subject, entry and what is wrong
     */
    Verification verify();
}
