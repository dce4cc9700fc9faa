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

/**
 * The limits of one record of evidence: how many of each part it may have and how long its texts may
 * be. Scoring checks them first, each count and each length in constant time, and rejects a record over
 * a limit with a problem naming the limit, before it makes any message of the record's texts; in a
 * batch, such a record is one rejected entry.
 *
 * <p>The counts are far above a real record (a few measures, a check-in a week, a dozen ratings) and at
 * or above what the library's hostile-input tests check in linear time (100,000 check-ins, a million
 * ratings), so that a generated record is never refused for its size alone; they bound what an
 * untrusted record costs. An id or name fits in {@value #MAX_ID_LENGTH} characters (an e-mail address
 * has at most 254), a prose text (a comment, a reason, an attribute's value, an actual's basis) in {@value #MAX_TEXT_LENGTH},
 * a page of text and the usual bound of a database text column.
 */
public final class EvidenceLimits {

    /** The most measures a record gives evidence for. */
    public static final int MAX_MEASURES = 100_000;

    /** The most ratings of one measure. */
    public static final int MAX_RATINGS_PER_MEASURE = 1_000_000;

    /** The most ratings of one record, in all its measures. */
    public static final int MAX_RATINGS = 1_000_000;

    /** The most check-ins of one quota measure. */
    public static final int MAX_CHECK_INS = 100_000;

    /** The most reliefs of one quota measure. */
    public static final int MAX_RELIEFS = 100_000;

    /** The most milestones of one measure's evidence: those reached and those counted together. */
    public static final int MAX_MILESTONES = 100_000;

    /** The most parts of a quota actual's basis. */
    public static final int MAX_BASIS_PARTS = 100_000;

    /** The most target factors of a record. */
    public static final int MAX_FACTORS = 100_000;

    /** The most attributes of a record. */
    public static final int MAX_ATTRIBUTES = 100_000;

    /** The most leaves of a subject's participation. */
    public static final int MAX_LEAVES = 100_000;

    /**
     * The longest id or name, in characters (UTF-16 units): the subject id, measure ids, rater ids,
     * source names, milestone ids, factor names, attribute names, a relief's approver, a basis part's label.
     */
    public static final int MAX_ID_LENGTH = 256;

    /** The longest prose text, in characters (UTF-16 units): a rating's comment, a relief's reason, an attribute's value, an actual's basis and its parts' details. */
    public static final int MAX_TEXT_LENGTH = 4_000;

    private EvidenceLimits() {
    }
}
