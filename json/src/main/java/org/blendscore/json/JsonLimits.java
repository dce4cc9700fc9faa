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

/**
 * The limits a JSON document must keep before anything is built from it: its size, nesting depth,
 * the length of its strings and numbers, and the counts of sections, measures and ratings. Every
 * limit is enforced while the document is parsed or walked, before the core builds a rubric or
 * evidence from it, and an error naming the limit and the JSON Pointer where it was hit is reported.
 *
 * <p>{@link #defaults()} suits rubrics and evidence of sales teams with room to spare; a platform that
 * needs other limits sets them with the {@code with...} copies.
 *
 * @param maxDocumentLength the most characters (or bytes, read from a stream) of a document
 * @param maxDepth          the deepest nesting of objects and arrays
 * @param maxStringLength   the longest string (names, anchors, comments), in characters
 * @param maxNumberLength   the longest number, in characters, whether a JSON number (an integer such
 *                          as a scale) or a decimal written as a JSON string ({@code "1250000.00"})
 * @param maxSections       the most sections of a rubric
 * @param maxMeasures       the most measures of a rubric (all sections together), or of one evidence
 *                          document
 * @param maxRatings        the most ratings of one evidence document (all measures together)
 */
public record JsonLimits(long maxDocumentLength, int maxDepth, int maxStringLength, int maxNumberLength,
                         int maxSections, int maxMeasures, int maxRatings) {

    private static final JsonLimits DEFAULTS = new JsonLimits(4_000_000L, 32, 20_000, 64, 100, 1_000, 10_000);

    /**
     * Checks that every limit is positive.
     *
     * @param maxDocumentLength the most characters (bytes from a stream) of a document
     * @param maxDepth          the deepest nesting of objects and arrays
     * @param maxStringLength   the longest string, in characters
     * @param maxNumberLength   the longest number, in characters
     * @param maxSections       the most sections of a rubric
     * @param maxMeasures       the most measures of a rubric or an evidence document
     * @param maxRatings        the most ratings of an evidence document
     *
     * @throws IllegalArgumentException naming the first limit that is not positive
     */
    public JsonLimits {
        positive("maxDocumentLength", maxDocumentLength);
        positive("maxDepth", maxDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxSections", maxSections);
        positive("maxMeasures", maxMeasures);
        positive("maxRatings", maxRatings);
    }

    /**
     * The default limits: 4,000,000 characters, depth 32, strings of 20,000 characters, numbers of 64
     * characters, 100 sections, 1,000 measures and 10,000 ratings.
     *
     * @return the default limits
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another document length limit.
     *
     * @param characters the most characters (bytes from a stream)
     * @return the copy
     */
    public JsonLimits withMaxDocumentLength(long characters) {
        return new JsonLimits(characters, maxDepth, maxStringLength, maxNumberLength, maxSections, maxMeasures, maxRatings);
    }

    /**
     * A copy with another nesting depth limit.
     *
     * @param depth the deepest nesting
     * @return the copy
     */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxSections, maxMeasures, maxRatings);
    }

    /**
     * A copy with another string length limit.
     *
     * @param characters the longest string
     * @return the copy
     */
    public JsonLimits withMaxStringLength(int characters) {
        return new JsonLimits(maxDocumentLength, maxDepth, characters, maxNumberLength, maxSections, maxMeasures, maxRatings);
    }

    /**
     * A copy with another number length limit.
     *
     * @param characters the longest number
     * @return the copy
     */
    public JsonLimits withMaxNumberLength(int characters) {
        return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, characters, maxSections, maxMeasures, maxRatings);
    }

    /**
     * A copy with other count limits.
     *
     * @param sections the most sections of a rubric
     * @param measures the most measures of a rubric or an evidence document
     * @param ratings  the most ratings of an evidence document
     * @return the copy
     */
    public JsonLimits withMaxCounts(int sections, int measures, int ratings) {
        return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxNumberLength, sections, measures, ratings);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("JSON limit " + name + " must be positive, was " + value);
        }
    }
}
