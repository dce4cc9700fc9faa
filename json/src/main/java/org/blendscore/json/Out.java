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

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writing side shared by every document: new objects, decimals as JSON strings, enums by their
 * JSON names, optional members left out when empty, and the document written indented, members in a
 * fixed order, so that the same value always gives the same text.
 */
final class Out {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

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

    static String text(ObjectNode document) {
        try {
            return WRITER.writeValueAsString(document);
        } catch (JacksonException e) {
            throw new IllegalStateException("could not write a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /** The document on one line, as JSON Lines holds it. */
    static String compact(ObjectNode document) {
        try {
            return COMPACT.writeValueAsString(document);
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
