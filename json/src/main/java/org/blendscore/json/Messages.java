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

import java.util.Collection;

import tools.jackson.databind.JsonNode;

/** The messages of the JSON readers, each a small named thing. */
final class Messages {

    private static final int SHOWN = 40;

    private Messages() {
    }

    static String wrongType(String expected, JsonNode found) {
        return "expected " + expected + ", found " + describe(found);
    }

    static String missingMember(String name) {
        return "missing member \"" + name + "\"";
    }

    static String unknownMember(String name, Collection<String> allowed) {
        return "unknown member \"" + shorten(name) + "\"; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed));
    }

    static String tooMany(String what, int count, int most) {
        return count + " " + what + ", more than the limit of " + most;
    }

    static String textTooLong(String what, int length, int most) {
        return "a " + what + " of " + length + " characters, longer than the limit of " + most;
    }

    static String numberTooLong(int length, int most) {
        return "a number of " + length + " characters, longer than the limit of " + most;
    }

    static String notADecimal(String text) {
        return "\"" + shorten(text) + "\" is not a decimal; expected digits with an optional minus sign, decimal point"
                + " and exponent, such as \"1250.50\"";
    }

    static String notADate(String text) {
        return "\"" + shorten(text) + "\" is not a date; expected an ISO date such as \"2026-01-31\"";
    }

    static String notOneOf(String text, Collection<String> allowed) {
        return "\"" + shorten(text) + "\" is not allowed here; expected one of " + String.join(", ", allowed);
    }

    static String wrongFormat(String found, String expected) {
        return "format \"" + shorten(found) + "\" is not " + expected;
    }

    static String repeatedRule(String kind) {
        return "the rule \"" + kind + "\" is declared twice; a rubric family declares each kind of rule at most once";
    }

    static String repeatedCase(String id) {
        return "verification case id \"" + shorten(id) + "\" is used twice; case ids must be unique";
    }

    static String notJson(String detail) {
        return "not valid JSON: " + detail;
    }

    static String overLimit(String detail) {
        return "over a limit of the JSON reader: " + detail;
    }

    static String documentTooLong(long length, long most) {
        return "a document of " + length + " characters, longer than the limit of " + most;
    }

    static String duplicate(String what, String name) {
        return "duplicate " + what + " \"" + shorten(name) + "\"";
    }

    static String duplicateMember(String name) {
        return "Duplicate member \"" + shorten(name) + "\": a member name may appear only once in an object";
    }

    static String notRatingValue(String text) {
        return "\"" + shorten(text) + "\" is not a rating; expected a decimal written as a JSON string or \"n/a\"";
    }

    static String core(String path, String message) {
        return message + (path.isEmpty() ? "" : " (" + path + ")");
    }

    static String ioFailure(String detail) {
        return "the document could not be read: " + detail;
    }

    static String notAFraction(String text) {
        return "\"" + shorten(text) + "\" is not a share; expected a fraction in lowest terms written as a JSON string,"
                + " such as \"2/3\"";
    }

    static String subjectView() {
        return "a subject-view review leaves out what the subject may not see (anonymous raters, their ratings and"
                + " comments), so it cannot be read back into a Review; store and read the audit view";
    }

    static String lineTooLong(long most) {
        return "a line longer than the limit of " + most + " characters; the rest of the line was skipped";
    }

    private static String describe(JsonNode found) {
        return switch (found.getNodeType()) {
            case STRING -> "the string \"" + shorten(found.stringValue()) + "\"";
            case NUMBER -> "the number " + shorten(found.toString());
            case BOOLEAN -> found.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> found.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }

}
