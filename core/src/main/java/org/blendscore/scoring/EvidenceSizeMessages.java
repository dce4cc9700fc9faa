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
package org.blendscore.scoring;

/** The messages of the limits on counts of parts and lengths of texts ({@link org.blendscore.evidence.EvidenceLimits}), and the names of the parts and texts they name. */
final class EvidenceSizeMessages {

    private EvidenceSizeMessages() {
    }

    /** The name of a part or a text in the messages of a limit. */
    static final String APPROVER = "approver";

    /** The name of a part or a text in the messages of a limit. */
    static final String ATTRIBUTES = "attributes";

    /** The name of a part or a text in the messages of a limit. */
    static final String ATTRIBUTE_NAME = "attribute name";

    /** The name of a part or a text in the messages of a limit. */
    static final String ATTRIBUTE_VALUE = "attribute value";

    /** The name of a part or a text in the messages of a limit. */
    static final String BASIS = "basis";

    /** The name of a part or a text in the messages of a limit. */
    static final String BASIS_LABEL = "basis part label";

    /** The name of a part or a text in the messages of a limit. */
    static final String BASIS_DETAIL = "basis part detail";

    /** The name of a part or a text in the messages of a limit. */
    static final String BASIS_PARTS = "basis parts";

    /** The name of a part or a text in the messages of a limit. */
    static final String CHECK_INS = "check-ins";

    /** The name of a part or a text in the messages of a limit. */
    static final String COMMENT = "comment";

    /** The name of a part or a text in the messages of a limit. */
    static final String LEAVES = "leaves";

    /** The name of a part or a text in the messages of a limit. */
    static final String MEASURES = "measures";

    /** The name of a part or a text in the messages of a limit. */
    static final String MEASURE_ID = "measure id";

    /** The name of a part or a text in the messages of a limit. */
    static final String MILESTONES = "milestones";

    /** The name of a part or a text in the messages of a limit. */
    static final String MILESTONE_ID = "milestone id";

    /** The name of a part or a text in the messages of a limit. */
    static final String RATER_ID = "rater id";

    /** The name of a part or a text in the messages of a limit. */
    static final String RATINGS = "ratings";

    /** The name of a part or a text in the messages of a limit. */
    static final String RATINGS_OF_A_MEASURE = "ratings of a measure";

    /** The name of a part or a text in the messages of a limit. */
    static final String REASON = "reason";

    /** The name of a part or a text in the messages of a limit. */
    static final String RELIEFS = "reliefs";

    /** The name of a part or a text in the messages of a limit. */
    static final String SOURCE = "source";

    /** The name of a part or a text in the messages of a limit. */
    static final String SUBJECT_ID = "subject id";

    /** The name of a part or a text in the messages of a limit. */
    static final String TARGET_FACTORS = "target factors";

    /** The name of a part or a text in the messages of a limit. */
    static final String TARGET_FACTOR_NAME = "target factor name";
}
