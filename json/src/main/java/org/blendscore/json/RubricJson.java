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

    private static final RubricJson DEFAULT = new RubricJson(JsonLimits.defaults(), false);

    private final DocumentParser parser;
    private final boolean refuseFailedCases;

    private RubricJson(JsonLimits limits, boolean refuseFailedCases) {
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
        this.refuseFailedCases = refuseFailedCases;
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return a reader that enforces them
     */
    public static RubricJson withLimits(JsonLimits limits) {
        return new RubricJson(limits, false);
    }

    /**
     * A reader under the default limits that refuses a rubric whose verification cases fail.
     *
     * @return the reader
     * @see #refusingFailedCases()
     */
    public static RubricJson verifying() {
        return DEFAULT.refusingFailedCases();
    }

    /**
     * This reader, also refusing a rubric whose verification cases fail: after reading, it runs the
     * document's cases ({@link Verification}) and throws an {@link InvalidDocumentException} listing every
     * difference at the JSON Pointer of the expectation that failed.
     *
     * @return a reader with the same limits that verifies
     */
    public RubricJson refusingFailedCases() {
        return new RubricJson(parser.limits(), true);
    }

    /**
     * Reads a rubric document with its verification cases under the default limits (the cases are
     * read and checked for shape, not run).
     *
     * @param json the document
     * @return the rubric and its cases
     * @throws InvalidDocumentException listing every problem of the document
     */
    public static RubricDocument readDocument(String json) {
        return DEFAULT.readRubricDocument(json);
    }

    /**
     * Reads a rubric document with its verification cases under this reader's limits; a reader that
     * {@linkplain #refusingFailedCases() refuses failed cases} also runs them.
     *
     * @param json the document
     * @return the rubric and its cases
     * @throws InvalidDocumentException listing every problem of the document, or every difference of its cases
     */
    public RubricDocument readRubricDocument(String json) {
        Objects.requireNonNull(json, "json");
        return verified(RubricReader.document(parser.parse(json, JsonFormat.RUBRIC)));
    }

    /**
     * Reads a rubric document with its verification cases from a stream under this reader's limits;
     * the stream is not closed.
     *
     * @param in the document
     * @return the rubric and its cases
     * @throws InvalidDocumentException listing every problem of the document, or every difference of its cases
     */
    public RubricDocument readRubricDocument(InputStream in) {
        Objects.requireNonNull(in, "in");
        return verified(RubricReader.document(parser.parse(in, JsonFormat.RUBRIC)));
    }

    private RubricDocument verified(RubricDocument document) {
        if (refuseFailedCases) {
            VerificationReport report = Verification.of(document).run();
            if (!report.passed()) {
                Problems problems = new Problems(JsonFormat.RUBRIC);
                report.differences().forEach(d -> problems.add(d.pointer(), d.message()));
                throw problems.exception();
            }
        }
        return document;
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
     * @throws InvalidDocumentException listing every problem of the document (and, for a reader that
     *     {@linkplain #refusingFailedCases() refuses failed cases}, every difference of its cases)
     */
    public Rubric readRubric(String json) {
        return readRubricDocument(json).rubric();
    }

    /**
     * Reads a rubric document from a stream under this reader's limits. The stream is not closed.
     *
     * @param in the document
     * @return the rubric
     * @throws InvalidDocumentException listing every problem of the document (and, for a reader that
     *     {@linkplain #refusingFailedCases() refuses failed cases}, every difference of its cases)
     */
    public Rubric readRubric(InputStream in) {
        return readRubricDocument(in).rubric();
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

    /**
     * Writes a rubric and its verification cases as an indented document.
     *
     * @param document the rubric and its cases
     * @return the document
     */
    public static String write(RubricDocument document) {
        return Out.text(RubricWriter.document(Objects.requireNonNull(document, "document")));
    }

    /**
     * Writes a rubric and its verification cases to a stream in UTF-8. The stream is not closed.
     *
     * @param document the rubric and its cases
     * @param out      where to write
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static void write(RubricDocument document, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Out.write(RubricWriter.document(Objects.requireNonNull(document, "document")), out);
    }
}
