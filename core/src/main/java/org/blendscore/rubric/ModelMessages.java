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

/** The messages of the model's own argument errors and limits (date ranges, rubric sets, supported numbers), one named factory each. */
final class ModelMessages {

    private ModelMessages() {
    }

    /** A date range that ends before it starts. */
    static String dateRangeBackwards(java.time.LocalDate start, java.time.LocalDate end) {
        return "date range ends (" + end + ") before it starts (" + start + ")";
    }

    /** The first line of an invalid rubric's exception message. */
    static String invalidRubric(String rubricId, int problems) {
        return "rubric '" + rubricId + "' is invalid (" + problems + (problems == 1 ? " problem" : " problems") + "):";
    }

    /** The last line of an invalid rubric's message that lists only the first problems. */
    static String problemsNotListed(int omitted, int listedAtMost) {
        return "... and " + omitted + " more " + (omitted == 1 ? "problem" : "problems") + " not listed (at most "
                + listedAtMost + " are)";
    }

    /** A decimal (shown shortened) outside the digits the library supports. */
    static String outsideSupportedRange(String field, String shown, int integerDigits, int fractionDigits) {
        return field + " " + shown + " is outside the supported range: at most " + integerDigits
                + " digits before the decimal point and " + fractionDigits + " after it";
    }

    /** A decimal (shown shortened) written with a longer scale than the library reads, though it might fit if written shorter. */
    static String writtenTooLong(String field, String shown, int scale, int maxScale, boolean zero) {
        String written = scale > 0 ? scale + " decimal places (trailing zeros count)" : "an exponent of " + (-(long) scale);
        return field + " " + shown + " is written with " + written + "; at most " + maxScale
                + " are supported: write it " + (zero ? "as 0" : "without the trailing zeros");
    }

    /** A null where a rubric part needs a value: a list or one of its elements, with what it belongs to. */
    static String nullPart(String field, String owner) {
        return field + (owner.isEmpty() ? "" : " of " + owner) + " is null; a value is required";
    }

    /** A date outside the years the library reads. */
    static String dateOutsideSupportedRange(String field, java.time.LocalDate date, int firstYear, int lastYear) {
        return field + " " + date + " is outside the supported dates: years " + firstYear + " to " + lastYear;
    }

    /** An effective period longer than the library allows. */
    static String effectiveTooLong(DateRange effective, int maxYears) {
        return "effective period " + effective + " is longer than " + maxYears + " years; publish a rubric per period";
    }

    /** A rubric set without roles. */
    static String noRoles() {
        return "a rubric set needs at least one role";
    }

    /** A rubric set whose role has no rubric (null). */
    static String rubricOfRole(String role) {
        return "rubric of role " + role;
    }

    /** A rubric set with a blank role. */
    static String roleNameBlank() {
        return "a role name is missing (blank)";
    }

    /** A role given twice to a rubric set. */
    static String roleTwice(String role) {
        return "role '" + role + "' given twice";
    }

    /** A role a rubric set does not know. */
    static String unknownRole(String role, java.util.Collection<String> roles) {
        return "no rubric for role '" + role + "'; roles are " + String.join(", ", roles);
    }

}
