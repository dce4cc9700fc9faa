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

import org.blendscore.evidence.Evidence;

/**
 * Evidence as {@value JsonFormat#EVIDENCE} documents (one subject, one period): read safely from
 * untrusted sources, written so that reading them back gives equal evidence. Reading enforces the
 * {@link JsonLimits} (the counts of measures and ratings included) and reports every problem at once
 * in an {@link InvalidDocumentException}, each with its JSON Pointer. Whether the evidence fits a
 * rubric is checked when it is scored, as for evidence built in Java. Instances are immutable and
 * thread-safe.
 */
public final class EvidenceJson {

    private static final EvidenceJson DEFAULT = new EvidenceJson(JsonLimits.defaults());

    private final DocumentParser parser;

    private EvidenceJson(JsonLimits limits) {
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return a reader that enforces them
     */
    public static EvidenceJson withLimits(JsonLimits limits) {
        return new EvidenceJson(limits);
    }

    /**
     * Reads an evidence document under the default limits.
     *
     * @param json the document
     * @return the evidence
     * @throws InvalidDocumentException listing every problem of the document
     */
    public static Evidence read(String json) {
        return DEFAULT.readEvidence(json);
    }

    /**
     * Reads an evidence document from a stream under the default limits. The stream is not closed.
     *
     * @param in the document
     * @return the evidence
     * @throws InvalidDocumentException listing every problem of the document
     */
    public static Evidence read(InputStream in) {
        return DEFAULT.readEvidence(in);
    }

    /**
     * Reads an evidence document under this reader's limits.
     *
     * @param json the document
     * @return the evidence
     * @throws InvalidDocumentException listing every problem of the document
     */
    public Evidence readEvidence(String json) {
        Objects.requireNonNull(json, "json");
        Evidence streamed = StreamedEvidence.read(parser, json);
        return streamed != null ? streamed : EvidenceReader.evidence(parser.parse(json, JsonFormat.EVIDENCE));
    }

    /**
     * Reads an evidence document from a stream under this reader's limits. The stream is not closed.
     *
     * @param in the document
     * @return the evidence
     * @throws InvalidDocumentException listing every problem of the document
     */
    public Evidence readEvidence(InputStream in) {
        Objects.requireNonNull(in, "in");
        return EvidenceReader.evidence(parser.parse(in, JsonFormat.EVIDENCE));
    }

    /**
     * Writes evidence as an indented document; maps and sets are written in sorted order.
     *
     * @param evidence the evidence
     * @return the document
     */
    public static String write(Evidence evidence) {
        return Out.text(EvidenceWriter.evidence(Objects.requireNonNull(evidence, "evidence")));
    }

    /**
     * Writes evidence to a stream in UTF-8. The stream is not closed.
     *
     * @param evidence the evidence
     * @param out      where to write
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static void write(Evidence evidence, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Out.write(EvidenceWriter.evidence(Objects.requireNonNull(evidence, "evidence")), out);
    }
}
