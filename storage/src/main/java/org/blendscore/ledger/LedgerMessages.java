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

import java.math.BigDecimal;

/**
 * The ledger's errors for bad input, one named factory each, and the checks that throw them.
 */
public final class LedgerMessages {

    private LedgerMessages() {
    }

    static void requireText(String value, String part, String what) {
        if (value == null || value.isBlank()) {
            throw missing(part, what);
        }
    }

    static void requirePart(Object value, String part, String what) {
        if (value == null) {
            throw missing(part, what);
        }
    }

    static void requireSeq(long seq, String part, String what) {
        if (seq < 1) {
            throw new InvalidLedgerEntryException(what + ": " + part + " must be a sequence number of 1 or more, found " + seq);
        }
    }

    /**
     * A required part of an event that is missing or blank.
     *
     * @param part the part's name ({@code reason}, {@code approver}...)
     * @param what the event, as the message names it
     * @return the exception
     */
    public static InvalidLedgerEntryException missing(String part, String what) {
        return new InvalidLedgerEntryException(what + " has no " + part + "; it is required");
    }

    /**
     * Points that are missing or negative in a points change.
     *
     * @param measureId the measure
     * @param points    the points given
     * @return the exception
     */
    public static InvalidLedgerEntryException badPoints(String measureId, BigDecimal points) {
        return new InvalidLedgerEntryException("a points change of measure " + measureId + " needs points of 0 or more, found "
                + (points == null ? "none" : points.toPlainString()));
    }

    /**
     * An event that refers to an entry the subject's chain does not have.
     *
     * @param subjectId the subject
     * @param seq       the sequence number referred to
     * @param expected  the kind of entry it must be
     * @param what      the event, as the message names it
     * @return the exception
     */
    public static InvalidLedgerEntryException noSuchEntry(String subjectId, long seq, EntryKind expected, String what) {
        return new InvalidLedgerEntryException(what + " refers to " + expected.name().toLowerCase(java.util.Locale.ROOT)
                + " entry " + seq + " of subject " + subjectId + ", which does not exist");
    }

    /**
     * An event that refers to an entry of another kind than it must.
     *
     * @param subjectId the subject
     * @param seq       the sequence number referred to
     * @param expected  the kind it must be
     * @param found     the kind it is
     * @param what      the event, as the message names it
     * @return the exception
     */
    public static InvalidLedgerEntryException wrongKind(String subjectId, long seq, EntryKind expected, EntryKind found, String what) {
        return new InvalidLedgerEntryException(what + " refers to entry " + seq + " of subject " + subjectId + ", which is a "
                + found + " entry, not a " + expected + " entry");
    }

    /**
     * A points change of a measure that the adjusted review does not have.
     *
     * @param subjectId the subject
     * @param reviewSeq the review's sequence number
     * @param measureId the measure
     * @return the exception
     */
    public static InvalidLedgerEntryException unknownMeasure(String subjectId, long reviewSeq, String measureId) {
        return new InvalidLedgerEntryException("the adjustment of " + subjectId + "'s review " + reviewSeq
                + " changes the points of measure " + measureId + ", which the review does not have");
    }

    /**
     * A subject with no computed review in the ledger.
     *
     * @param subjectId the subject
     * @return the exception
     */
    public static InvalidLedgerEntryException noReview(String subjectId) {
        return new InvalidLedgerEntryException("subject " + subjectId + " has no computed review in the ledger");
    }
}
