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
import java.util.function.Consumer;

import org.blendscore.review.Review;
import org.blendscore.review.View;

import tools.jackson.core.JsonGenerator;

/**
 * Reviews as {@value JsonFormat#REVIEW} documents, in the {@linkplain View#AUDIT audit view} (everything
 * a {@link Review} holds, so that reading it back gives an equal review) or the
 * {@linkplain View#SUBJECT subject view} (what the reviewed rep may see, as
 * {@link Review#explain(View)} shows it: no rater of an anonymous source, no comment except an anonymous
 * source's shown ones, unattributed). Every document names its view in {@code "view"}.
 *
 * <p>Only an audit-view document reads back into a {@link Review}: a subject-view document leaves out
 * ratings the review holds, and filling them in would invent data, so {@link #read(String)} refuses it
 * with a problem at {@code /view}. Reading enforces the {@link JsonLimits} and reports every problem at
 * once in an {@link InvalidDocumentException}, each with its JSON Pointer. Instances are immutable and
 * thread-safe.
 */
public final class ReviewJson {

    private static final ReviewJson DEFAULT = new ReviewJson(JsonLimits.defaults());

    private final DocumentParser parser;

    private ReviewJson(JsonLimits limits) {
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return a reader that enforces them
     */
    public static ReviewJson withLimits(JsonLimits limits) {
        return new ReviewJson(limits);
    }

    /**
     * Writes a review in the audit view, as an indented document.
     *
     * @param review the review
     * @return the document, which {@link #read(String)} reads back as an equal review
     */
    public static String write(Review review) {
        return write(review, View.AUDIT);
    }

    /**
     * Writes a review in a view, as an indented document.
     *
     * @param review the review
     * @param view   {@link View#AUDIT} for the whole review, {@link View#SUBJECT} for what the subject may see
     * @return the document
     */
    public static String write(Review review, View view) {
        return Out.text(document(review, view));
    }

    /**
     * Writes a review in a view to a stream in UTF-8. The stream is not closed.
     *
     * @param review the review
     * @param view   the view
     * @param out    where to write
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static void write(Review review, View view, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Out.write(document(review, view), out);
    }

    /**
     * Reads an audit-view review document under the default limits.
     *
     * @param json the document
     * @return the review
     * @throws InvalidDocumentException listing every problem of the document (a subject-view document is one)
     */
    public static Review read(String json) {
        return DEFAULT.readReview(json);
    }

    /**
     * Reads an audit-view review document from a stream under the default limits. The stream is not closed.
     *
     * @param in the document
     * @return the review
     * @throws InvalidDocumentException listing every problem of the document (a subject-view document is one)
     */
    public static Review read(InputStream in) {
        return DEFAULT.readReview(in);
    }

    /**
     * Reads an audit-view review document under this reader's limits.
     *
     * @param json the document
     * @return the review
     * @throws InvalidDocumentException listing every problem of the document (a subject-view document is one)
     */
    public Review readReview(String json) {
        Objects.requireNonNull(json, "json");
        return ReviewReader.review(parser.parse(json, JsonFormat.REVIEW));
    }

    /**
     * Reads an audit-view review document from a stream under this reader's limits. The stream is not closed.
     *
     * @param in the document
     * @return the review
     * @throws InvalidDocumentException listing every problem of the document (a subject-view document is one)
     */
    public Review readReview(InputStream in) {
        Objects.requireNonNull(in, "in");
        return ReviewReader.review(parser.parse(in, JsonFormat.REVIEW));
    }

    /** The review's document, to be written to a generator. */
    static Consumer<JsonGenerator> document(Review review, View view) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(view, "view");
        return g -> ReviewWriter.review(g, review, view);
    }
}
