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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.blendscore.evidence.Evidence;

/**
 * A JSON Lines batch of evidence, read as it is iterated: one {@value JsonFormat#EVIDENCE} document per
 * line (blank lines are skipped), each line read under the {@link JsonLimits} (a line longer than the
 * document length limit is skipped and reported), each giving an {@link EvidenceLine} with the evidence
 * or its problems with their pointers. A line is read straight from Jackson's token stream; only a line
 * with a problem (or a rarer part) is read again as a tree, to name every problem with its pointer. A
 * bad line never stops the stream. Memory is bounded per line;
 * nothing of earlier lines is kept. The input is read once: iterate once, and close the stream yourself.
 *
 * <pre>{@code
 * for (EvidenceLine line : EvidenceLines.read(in)) {
 *     line.evidence().ifPresentOrElse(e -> ..., () -> report(line.line(), line.problems()));
 * }
 * }</pre>
 */
public final class EvidenceLines implements Iterable<EvidenceLine> {

    private final InputStream in;
    private final DocumentParser parser;
    private boolean iterated;

    private EvidenceLines(InputStream in, JsonLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a batch in UTF-8 under the default limits, line by line as it is iterated.
     *
     * @param in the batch; not closed here
     * @return the lines, to iterate once
     */
    public static EvidenceLines read(InputStream in) {
        return new EvidenceLines(in, JsonLimits.defaults());
    }

    /**
     * Reads a batch in UTF-8 under other limits, line by line as it is iterated.
     *
     * @param in     the batch; not closed here
     * @param limits the limits of each line
     * @return the lines, to iterate once
     */
    public static EvidenceLines read(InputStream in, JsonLimits limits) {
        return new EvidenceLines(in, limits);
    }

    /**
     * The lines, read as they are asked for.
     *
     * @return an iterator over the lines
     * @throws IllegalStateException when called a second time: the input is read once
     * @throws java.io.UncheckedIOException from the iterator when the stream fails
     */
    @Override
    public Iterator<EvidenceLine> iterator() {
        if (iterated) {
            throw new IllegalStateException("a JSON Lines input is read once; read the stream again for a second pass");
        }
        iterated = true;
        int most = (int) Math.min(parser.limits().maxDocumentLength(), Integer.MAX_VALUE - 8L);
        BoundedLines lines = new BoundedLines(new InputStreamReader(in, StandardCharsets.UTF_8), most);
        return new Iterator<>() {
            private EvidenceLine next;
            private int index;

            @Override
            public boolean hasNext() {
                while (next == null && lines.next()) {
                    if (!lines.blank()) {
                        next = line(index++, lines);
                    }
                }
                return next != null;
            }

            @Override
            public EvidenceLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more lines");
                }
                EvidenceLine out = next;
                next = null;
                return out;
            }
        };
    }

    private EvidenceLine line(int index, BoundedLines lines) {
        if (lines.tooLong()) {
            return new EvidenceLine(index, lines.number(), Optional.empty(), Optional.empty(),
                    List.of(new DocumentProblem("", Messages.lineTooLong(parser.limits().maxDocumentLength()))), 0);
        }
        Evidence streamed = StreamedEvidence.read(parser, lines.chars(), lines.length());
        if (streamed != null) {
            return new EvidenceLine(index, lines.number(), Optional.of(streamed.subjectId()), Optional.of(streamed), List.of(), 0);
        }
        String text = lines.text();
        Optional<String> subject = Optional.empty();
        try {
            Cursor root = parser.parse(text, JsonFormat.EVIDENCE);
            subject = subject(root);
            Evidence evidence = EvidenceReader.evidence(root);
            return new EvidenceLine(index, lines.number(), subject, Optional.of(evidence), List.of(), 0);
        } catch (InvalidDocumentException e) {
            return new EvidenceLine(index, lines.number(), subject, Optional.empty(), e.problems(), e.omitted());
        }
    }

    private static Optional<String> subject(Cursor root) {
        var node = root.node().get("subjectId");
        return node != null && node.isString() ? Optional.of(node.stringValue()) : Optional.empty();
    }
}
