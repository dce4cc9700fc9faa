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
package org.blendscore.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The member names of a {@value JsonFormat#REVIEW} document, and the constant values it writes, pre-encoded
 * once for {@link tools.jackson.core.JsonGenerator#writeName(SerializableString)}: the generator copies
 * their quoted bytes instead of encoding and escaping each name per review. Immutable, so shared by every
 * thread. The text is exactly the name's, so the bytes written are the same as with the name as a string.
 */
final class Keys {

    private Keys() {
    }

    static final SerializableString FORMAT = key("format");
    static final SerializableString VIEW = key("view");
    static final SerializableString SUBJECT_ID = key("subjectId");
    static final SerializableString PERIOD = key("period");
    static final SerializableString INTERIM_AS_OF = key("interimAsOf");
    static final SerializableString OVERALL = key("overall");
    static final SerializableString BAND = key("band");
    static final SerializableString BAND_BEFORE_GUARDS = key("bandBeforeGuards");
    static final SerializableString PROVENANCE = key("provenance");
    static final SerializableString RUBRIC_ID = key("rubricId");
    static final SerializableString RUBRIC_VERSION = key("rubricVersion");
    static final SerializableString EVIDENCE_FINGERPRINT = key("evidenceFingerprint");
    static final SerializableString COVERAGE = key("coverage");
    static final SerializableString SECTIONS = key("sections");
    static final SerializableString REASONS = key("reasons");
    static final SerializableString MEASURE_ID = key("measureId");
    static final SerializableString SECTION = key("section");
    static final SerializableString IMPACT = key("impact");
    static final SerializableString POINTS = key("points");
    static final SerializableString COUNTED_AS_ZERO = key("countedAsZero");
    static final SerializableString WARNINGS = key("warnings");
    static final SerializableString KIND = key("kind");
    static final SerializableString PATH = key("path");
    static final SerializableString MESSAGE = key("message");
    static final SerializableString LEAST_FOR_BAND = key("leastForBand");
    static final SerializableString COVERED = key("covered");
    static final SerializableString MISSING = key("missing");
    static final SerializableString SOURCE = key("source");
    static final SerializableString REASON = key("reason");
    static final SerializableString NOMINAL_SHARE = key("nominalShare");
    static final SerializableString NAME = key("name");
    static final SerializableString WEIGHT = key("weight");
    static final SerializableString EFFECTIVE_WEIGHT = key("effectiveWeight");
    static final SerializableString SCORE = key("score");
    static final SerializableString CONTRIBUTION = key("contribution");
    static final SerializableString MEASURES = key("measures");
    static final SerializableString ID = key("id");
    static final SerializableString STATUS = key("status");
    static final SerializableString INPUT = key("input");
    static final SerializableString START = key("start");
    static final SerializableString END = key("end");
    static final SerializableString ACTUAL = key("actual");
    static final SerializableString TARGET = key("target");
    static final SerializableString UNIT = key("unit");
    static final SerializableString DIRECTION = key("direction");
    static final SerializableString ATTAINMENT = key("attainment");
    static final SerializableString RULE = key("rule");
    static final SerializableString TARGET_STEPS = key("targetSteps");
    static final SerializableString ACTUAL_STEPS = key("actualSteps");
    static final SerializableString BASIS = key("basis");
    static final SerializableString CREDITS = key("credits");
    static final SerializableString DETAIL = key("detail");
    static final SerializableString CAPPED = key("capped");
    static final SerializableString AGGREGATION = key("aggregation");
    static final SerializableString SOURCES = key("sources");
    static final SerializableString LABEL = key("label");
    static final SerializableString OPERATOR = key("operator");
    static final SerializableString VALUE = key("value");
    static final SerializableString RESULT = key("result");
    static final SerializableString PACING = key("pacing");
    static final SerializableString AS_OF = key("asOf");
    static final SerializableString EXPECTED_TO_DATE = key("expectedToDate");
    static final SerializableString ACTUAL_TO_DATE = key("actualToDate");
    static final SerializableString GAP = key("gap");
    static final SerializableString TARGET_AT_END = key("targetAtEnd");
    static final SerializableString PROJECTED_AT_END = key("projectedAtEnd");
    static final SerializableString PACING_ATTAINMENT = key("pacingAttainment");
    static final SerializableString CHECK_INS_BEHIND = key("checkInsBehind");
    static final SerializableString ANONYMITY = key("anonymity");
    static final SerializableString MIN_RATERS = key("minRaters");
    static final SerializableString COMMENTS_SHOWN = key("commentsShown");
    static final SerializableString WITHHELD = key("withheld");
    static final SerializableString RATING_COUNT = key("ratingCount");
    static final SerializableString COMMENTS = key("comments");
    static final SerializableString RATINGS = key("ratings");
    static final SerializableString RATER_ID = key("raterId");
    static final SerializableString COMMENT = key("comment");
    static final SerializableString USABLE = key("usable");
    static final SerializableString MIN_RATINGS = key("minRatings");
    static final SerializableString CALIBRATED = key("calibrated");
    static final SerializableString RAW_VALUE = key("rawValue");
    static final SerializableString RAW_POINTS = key("rawPoints");
    static final SerializableString OFFSETS = key("offsets");

    /** The {@code "kind"} of each measure input. */
    static final SerializableString QUOTA_KIND = key("quota");
    static final SerializableString MILESTONES_KIND = key("milestones");
    static final SerializableString RATINGS_KIND = key("ratings");
    static final SerializableString NONE_KIND = key("none");
    /** The review document's {@code "format"}. */
    static final SerializableString REVIEW_FORMAT = key(JsonFormat.REVIEW);
    /** A rating's value when not applicable. */
    static final SerializableString NOT_APPLICABLE = key(EvidenceReader.NOT_APPLICABLE);

    static SerializableString key(String text) {
        return new SerializedString(text);
    }
}
