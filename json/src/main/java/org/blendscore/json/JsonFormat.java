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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The names and versions of Blendscore's JSON documents, as each document's {@code "format"} member
 * gives them.
 */
public final class JsonFormat {

    /** A rubric document. */
    public static final String RUBRIC = "blendscore.rubric/1";

    /** An evidence document (one subject, one period). */
    public static final String EVIDENCE = "blendscore.evidence/1";

    /** A review document. */
    public static final String REVIEW = "blendscore.review/1";

    /** A record of a batch that could not be read or scored, as a JSON Lines batch of results holds it. */
    public static final String REJECTED = "blendscore.rejected/1";

    /** What changed between two versions of a rubric ({@link DiffJson}). */
    public static final String DIFF = "blendscore.diff/1";

    /** The format of a rubric family's revision rules. */
    public static final String REVISION_RULES = "blendscore.revision-rules/1";

    private JsonFormat() {
    }

    /**
     * The JSON Schema (2020-12) of a format, as shipped in this jar
     * ({@code org/blendscore/json/rubric-1.schema.json}, {@code evidence-1.schema.json},
     * {@code review-1.schema.json}, {@code rejected-1.schema.json}, {@code diff-1.schema.json} and
     * {@code revision-rules-1.schema.json}). A schema
     * checks a document's shape; the readers check more (limits, and the core's own rules).
     *
     * @param format {@link #RUBRIC}, {@link #EVIDENCE}, {@link #REVIEW}, {@link #REJECTED}, {@link #DIFF} or
     *     {@link #REVISION_RULES}
     * @return the schema's text
     * @throws IllegalArgumentException for a format without a schema in this version
     */
    public static String schema(String format) {
        String name = switch (String.valueOf(format)) {
            case RUBRIC -> "rubric-1.schema.json";
            case EVIDENCE -> "evidence-1.schema.json";
            case REVIEW -> "review-1.schema.json";
            case REJECTED -> "rejected-1.schema.json";
            case DIFF -> "diff-1.schema.json";
            case REVISION_RULES -> "revision-rules-1.schema.json";
            default -> throw new IllegalArgumentException("no JSON Schema for format \"" + format + "\"; schemas exist for "
                    + RUBRIC + ", " + EVIDENCE + ", " + REVIEW + ", " + REJECTED + ", " + DIFF + " and " + REVISION_RULES);
        };
        try (InputStream in = JsonFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JSON Schema " + name, e);
        }
    }
}
