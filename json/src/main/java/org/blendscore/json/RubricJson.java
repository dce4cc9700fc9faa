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

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.blendscore.rubric.Rubric;

/**
 * Rubrics as {@value JsonFormat#RUBRIC} documents: read safely from untrusted sources, written so
 * that reading them back gives an equal rubric.
 *
 * <pre>{@code
 * Rubric rubric = RubricJson.read(json);                    // default limits
 * String text = RubricJson.write(rubric);
 * Rubric same = RubricJson.withLimits(JsonLimits.defaults().withMaxCounts(20, 200, 1000)).readRubric(text);
 * }</pre>
 *
 * <p>Reading enforces the {@link JsonLimits} while parsing, rejects duplicate and unknown members,
 * takes a measure's, curve's or milestone rule's type only from its {@code "kind"} (a closed set), and
 * reports every problem of the document at once in an {@link InvalidDocumentException}, each with
 * its JSON Pointer; the core's own checks of the rubric are reported the same way. Instances are
 * immutable and thread-safe.
 */
public final class RubricJson {

    private static final RubricJson DEFAULT = new RubricJson(JsonLimits.defaults());

    private final DocumentParser parser;

    private RubricJson(JsonLimits limits) {
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return a reader that enforces them
     */
    public static RubricJson withLimits(JsonLimits limits) {
        return new RubricJson(limits);
    }

    /**
     * Reads a rubric document under the default limits.
     *
     * @param json the document
     * @return the rubric
     * @throws InvalidDocumentException listing every problem of the document
     */
    public static Rubric read(String json) {
        return DEFAULT.readRubric(json);
    }

    /**
     * Reads a rubric document from a stream (UTF-8, UTF-16 or UTF-32, detected) under the default
     * limits. The stream is not closed.
     *
     * @param in the document
     * @return the rubric
     * @throws InvalidDocumentException listing every problem of the document
     */
    public static Rubric read(InputStream in) {
        return DEFAULT.readRubric(in);
    }

    /**
     * Reads a rubric document under this reader's limits.
     *
     * @param json the document
     * @return the rubric
     * @throws InvalidDocumentException listing every problem of the document
     */
    public Rubric readRubric(String json) {
        Objects.requireNonNull(json, "json");
        return RubricReader.rubric(parser.parse(json, JsonFormat.RUBRIC));
    }

    /**
     * Reads a rubric document from a stream under this reader's limits. The stream is not closed.
     *
     * @param in the document
     * @return the rubric
     * @throws InvalidDocumentException listing every problem of the document
     */
    public Rubric readRubric(InputStream in) {
        Objects.requireNonNull(in, "in");
        return RubricReader.rubric(parser.parse(in, JsonFormat.RUBRIC));
    }

    /**
     * Writes a rubric as an indented document, every part written out.
     *
     * @param rubric the rubric
     * @return the document
     */
    public static String write(Rubric rubric) {
        return Out.text(RubricWriter.rubric(Objects.requireNonNull(rubric, "rubric")));
    }

    /**
     * Writes a rubric to a stream in UTF-8. The stream is not closed.
     *
     * @param rubric the rubric
     * @param out    where to write
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static void write(Rubric rubric, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Out.write(RubricWriter.rubric(Objects.requireNonNull(rubric, "rubric")), out);
    }
}
