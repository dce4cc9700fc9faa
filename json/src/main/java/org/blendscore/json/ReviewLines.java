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

import java.io.Flushable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.scoring.RejectedRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a JSON Lines batch of results, one compact document per line in UTF-8: a
 * {@value JsonFormat#REVIEW} document for each review (in one {@link View}), and a
 * {@value JsonFormat#REJECTED} document for each record that could not be scored (a
 * {@link RejectedRecord}) or read (an {@link EvidenceLine} with problems). Nothing is kept between
 * lines: a review is written straight to the stream's generator, member by member. Not thread-safe: give it the results of one thread, or of
 * {@code Scorer.scoreAllParallel}'s consumers, which are called one at a time.
 *
 * <pre>{@code
 * try (ReviewLines out = ReviewLines.writer(stream)) {
 *     scorer.scoreAll(records, out::review, out::rejected);
 * }
 * }</pre>
 */
public final class ReviewLines implements Flushable, AutoCloseable {

    private final OutputStream stream;
    private final JsonGenerator out;
    private final View view;

    private ReviewLines(OutputStream out, View view) {
        this.stream = Objects.requireNonNull(out, "out");
        this.view = Objects.requireNonNull(view, "view");
        this.out = Out.lines(out);
    }

    /**
     * A writer of reviews in the audit view, which read back as equal reviews.
     *
     * @param out where to write; closed by {@link #close()}
     * @return the writer
     */
    public static ReviewLines writer(OutputStream out) {
        return new ReviewLines(out, View.AUDIT);
    }

    /**
     * A writer of reviews in a view.
     *
     * @param out  where to write; closed by {@link #close()}
     * @param view the view of every review written
     * @return the writer
     */
    public static ReviewLines writer(OutputStream out, View view) {
        return new ReviewLines(out, view);
    }

    /**
     * Writes a review as one line.
     *
     * @param review the review
     * @throws UncheckedIOException if the stream fails
     */
    public void review(Review review) {
        Objects.requireNonNull(review, "review");
        try {
            ReviewWriter.review(out, review, view);
            out.writeRaw('\n');
        } catch (JacksonException e) {
            throw Out.unchecked("could not write the JSON Lines output", e);
        }
    }

    /**
     * Writes a record the scorer rejected as one line.
     *
     * @param rejected the rejected record
     * @throws UncheckedIOException if the stream fails
     */
    public void rejected(RejectedRecord rejected) {
        line(RejectedWriter.rejected(Objects.requireNonNull(rejected, "rejected")));
    }

    /**
     * Writes a line of evidence that could not be read as one line, with its line number and problems.
     *
     * @param line a line with problems
     * @throws IllegalArgumentException if the line was read (it has no problems to write)
     * @throws UncheckedIOException if the stream fails
     */
    public void rejected(EvidenceLine line) {
        Objects.requireNonNull(line, "line");
        if (line.ok()) {
            throw new IllegalArgumentException("line " + line.line() + " was read; only a line with problems is rejected");
        }
        line(RejectedWriter.rejected(line));
    }

    /**
     * Flushes what was written to the stream.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (JacksonException e) {
            throw Out.unchecked("could not write the JSON Lines output", e);
        }
    }

    /**
     * Flushes and closes the stream.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void close() {
        try {
            out.close();
            stream.close();
        } catch (JacksonException e) {
            throw Out.unchecked("could not close the JSON Lines output", e);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("could not close the JSON Lines output", e);
        }
    }

    private void line(ObjectNode document) {
        try {
            out.writeTree(document);
            out.writeRaw('\n');
        } catch (JacksonException e) {
            throw Out.unchecked("could not write the JSON Lines output", e);
        }
    }
}
