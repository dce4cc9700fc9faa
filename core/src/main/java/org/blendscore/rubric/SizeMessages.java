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
package org.blendscore.rubric;

/** The messages of the limits on counts of parts and lengths of texts ({@link RubricLimits}), and the names of the parts and texts they name. */
final class SizeMessages {

    private SizeMessages() {
    }

    /** The name of a part or a text in the messages of a limit. */
    static final String ANCHOR = "anchor";

    /** The name of a part or a text in the messages of a limit. */
    static final String BAND = "band";

    /** The name of a part or a text in the messages of a limit. */
    static final String BANDS = "bands";

    /** The name of a part or a text in the messages of a limit. */
    static final String BAND_GUARDS = "band guards";

    /** The name of a part or a text in the messages of a limit. */
    static final String BAND_LABEL = "band label";

    /** The name of a part or a text in the messages of a limit. */
    static final String BREAKPOINTS = "breakpoints";

    /** The name of a part or a text in the messages of a limit. */
    static final String LEVEL_LABEL = "level label";

    /** The name of a part or a text in the messages of a limit. */
    static final String MEASURES = "measures";

    /** The name of a part or a text in the messages of a limit. */
    static final String MEASURES_IN_A_SECTION = "measures in a section";

    /** The name of a part or a text in the messages of a limit. */
    static final String MEASURE_ID = "measure id";

    /** The name of a part or a text in the messages of a limit. */
    static final String MILESTONES = "milestones";

    /** The name of a part or a text in the messages of a limit. */
    static final String MILESTONE_ID = "milestone id";

    /** The name of a part or a text in the messages of a limit. */
    static final String NON_WORKING_DATES = "non-working dates";

    /** The name of a part or a text in the messages of a limit. */
    static final String RAMP_MONTHS = "ramp months";

    /** The name of a part or a text in the messages of a limit. */
    static final String RATING_SOURCES = "rating sources";

    /** The name of a part or a text in the messages of a limit. */
    static final String RUBRIC_ID = "rubric id";

    /** The name of a part or a text in the messages of a limit. */
    static final String SCALE_LEVELS = "scale levels";

    /** The name of a part or a text in the messages of a limit. */
    static final String SEASON_PARTS = "season parts";

    /** The name of a part or a text in the messages of a limit. */
    static final String SEASON_PART_NAME = "season part name";

    /** The name of a part or a text in the messages of a limit. */
    static final String SECTIONS = "sections";

    /** The name of a part or a text in the messages of a limit. */
    static final String SECTION_NAME = "section name";

    /** The name of a part or a text in the messages of a limit. */
    static final String SECTION_OR_MEASURE = "section or measure";

    /** The name of a part or a text in the messages of a limit. */
    static final String SOURCE_NAME = "source name";

    /** The name of a part or a text in the messages of a limit. */
    static final String STAGE_ID = "stage id";

    /** The name of a part or a text in the messages of a limit. */
    static final String TARGET_FACTORS = "target factors";

    /** The name of a part or a text in the messages of a limit. */
    static final String TARGET_FACTOR_DESCRIPTION = "target factor description";

    /** The name of a part or a text in the messages of a limit. */
    static final String TARGET_FACTOR_NAME = "target factor name";

    /** The name of a part or a text in the messages of a limit. */
    static final String TIERS = "tiers";

    /** The name of a part or a text in the messages of a limit. */
    static final String UNIT = "unit";

    /** The name of a part or a text in the messages of a limit. */
    static final String VERSION = "version";

    /** More parts of one kind than a limit allows, naming the limit. */
    static String tooManyParts(String parts, long count, int max, String limit) {
        return count + " " + parts + "; at most " + max + " are supported (" + limit + ")";
    }

    /** A text longer than a limit allows, shown by its first characters, naming the limit. */
    static String textTooLong(String field, String text, int max, String limit) {
        return field + " '" + text.substring(0, 20) + "...' is " + text.length() + " characters long; at most " + max
                + " are supported (" + limit + ")";
    }
}
