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

    private JsonFormat() {
    }
}
