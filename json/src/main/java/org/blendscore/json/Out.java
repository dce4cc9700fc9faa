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
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.blendscore.number.Fraction;
import org.blendscore.rubric.DateRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writing side shared by every document: new objects, decimals as JSON strings, enums by their
 * JSON names, optional members left out when empty, and the document written indented, members in a
 * fixed order, so that the same value always gives the same text. A document is either built as a
 * tree and then written, or written straight to a {@link JsonGenerator} (reviews, the hot path of JSON
 * Lines); both give the same text.
 */
final class Out {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
    /** One document per line: no separator between root values (the writer ends each line itself), stream left open. */
    private static final ObjectWriter LINES = MAPPER.writer().withRootValueSeparator("")
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter STREAMED = WRITER.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    private Out() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ObjectNode document(String format) {
        return object().put("format", format);
    }

    static void decimal(ObjectNode node, String name, BigDecimal value) {
        node.put(name, Decimals.write(value));
    }

    static void decimal(ObjectNode node, String name, Optional<BigDecimal> value) {
        value.ifPresent(v -> decimal(node, name, v));
    }

    static void name(ObjectNode node, String name, Enum<?> value) {
        node.put(name, Names.of(value));
    }

    /** A member named by a string known only when writing (an offset's rater), its value a decimal. */
    static void decimal(JsonGenerator g, String name, BigDecimal value) {
        g.writeName(name);
        NumberText.decimal(g, value);
    }

    static void decimal(JsonGenerator g, SerializableString name, BigDecimal value) {
        g.writeName(name);
        NumberText.decimal(g, value);
    }

    static void decimal(JsonGenerator g, SerializableString name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            decimal(g, name, value.get());
        }
    }

    static void fraction(JsonGenerator g, SerializableString name, Fraction value) {
        g.writeName(name);
        NumberText.fraction(g, value);
    }

    /** A member whose value is an enum's JSON name, pre-encoded too ({@link Names#encoded(Enum)}). */
    static void name(JsonGenerator g, SerializableString name, Enum<?> value) {
        g.writeName(name);
        g.writeString(Names.encoded(value));
    }

    static void string(JsonGenerator g, SerializableString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    /** A member whose value is a constant, both pre-encoded. */
    static void string(JsonGenerator g, SerializableString name, SerializableString value) {
        g.writeName(name);
        g.writeString(value);
    }

    /** A member left out when the value is empty. */
    static void string(JsonGenerator g, SerializableString name, Optional<String> value) {
        if (value.isPresent()) {
            string(g, name, value.get());
        }
    }

    /** A member whose value is a date's ISO text, written in place ({@link NumberText#date}). */
    static void date(JsonGenerator g, SerializableString name, LocalDate value) {
        g.writeName(name);
        NumberText.date(g, value);
    }

    static void bool(JsonGenerator g, SerializableString name, boolean value) {
        g.writeName(name);
        g.writeBoolean(value);
    }

    static void number(JsonGenerator g, SerializableString name, int value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    /** Starts a member whose value is an object, as {@code writeObjectPropertyStart} does. */
    static void objectStart(JsonGenerator g, SerializableString name) {
        g.writeName(name);
        g.writeStartObject();
    }

    /** Starts a member whose value is an array, as {@code writeArrayPropertyStart} does. */
    static void arrayStart(JsonGenerator g, SerializableString name) {
        g.writeName(name);
        g.writeStartArray();
    }

    /** A date range as an object of {@code "start"} and {@code "end"}, as {@code RubricWriter.range} builds it. */
    static void range(JsonGenerator g, SerializableString name, DateRange range) {
        objectStart(g, name);
        date(g, Keys.START, range.start());
        date(g, Keys.END, range.end());
        g.writeEndObject();
    }

    /** A document written by {@code document} to a generator, indented as {@link #text(ObjectNode)} writes a tree. */
    static String text(Consumer<JsonGenerator> document) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            document.accept(g);
        } catch (JacksonException e) {
            throw new IllegalStateException("could not write a JSON document: " + e.getOriginalMessage(), e);
        }
        return out.toString();
    }

    /** A document written by {@code document} to a stream in UTF-8, indented; the stream is flushed, not closed. */
    static void write(Consumer<JsonGenerator> document, OutputStream out) {
        try (JsonGenerator g = STREAMED.createGenerator(out)) {
            document.accept(g);
        } catch (JacksonException e) {
            throw unchecked("could not write a JSON document", e);
        }
    }

    /**
     * A generator of compact documents one after another, in UTF-8, with nothing between them (the
     * caller ends each line); closing it flushes but does not close the stream.
     */
    static JsonGenerator lines(OutputStream out) {
        return LINES.createGenerator(out);
    }

    /** A failure of writing as the I/O failure it comes from (or wraps). */
    static UncheckedIOException unchecked(String what, JacksonException e) {
        return e.getCause() instanceof IOException io ? new UncheckedIOException(what, io)
                : new UncheckedIOException(new IOException(what + ": " + e.getOriginalMessage(), e));
    }

    static String text(ObjectNode document) {
        try {
            return WRITER.writeValueAsString(document);
        } catch (JacksonException e) {
            throw new IllegalStateException("could not write a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    static void write(ObjectNode document, OutputStream out) {
        try {
            WRITER.writeValue(out, document);
        } catch (JacksonException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("could not write a JSON document: "
                    + e.getOriginalMessage(), e));
        }
    }
}
