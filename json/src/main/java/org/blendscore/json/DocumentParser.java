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

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a document into a tree under the limits: document length, nesting depth, string and number
 * length are enforced by Jackson's {@link StreamReadConstraints} while parsing, duplicate member names
 * are rejected ({@link DeserializationFeature#FAIL_ON_READING_DUP_TREE_KEY}, reported in the format's own
 * words with the name and its pointer), and a JSON number is kept as
 * its decimal text, never a {@code double}. Then checks that the root is an object of the expected
 * format. Any failure is an {@link InvalidDocumentException} naming the pointer where parsing stopped.
 */
final class DocumentParser {

    /** What Jackson's message for a repeated member name mentions (its wording differs between versions). */
    private static final String DUPLICATE = "FAIL_ON_READING_DUP_TREE_KEY";

    private final JsonLimits limits;
    private final JsonMapper mapper;
    private final JsonFactory factory;
    private final RecentStrings strings = new RecentStrings();

    DocumentParser(JsonLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .build();
        // duplicates are found as the tree is built, by the member already there: no set of names per object
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    JsonLimits limits() {
        return limits;
    }

    /** The strings the streaming reader met recently in this parser's documents. */
    RecentStrings strings() {
        return strings;
    }

    /**
     * A streaming parser over a document given as text, under the same limits as the tree (closed by the
     * caller). Made by the factory, not the mapper: a token stream needs no deserialization context.
     */
    JsonParser stream(String json) {
        return factory.createParser(ObjectReadContext.empty(), json);
    }

    /** A streaming parser over {@code chars[0, length)}, read in place, as {@link #stream(String)} (closed by the caller). */
    JsonParser stream(char[] chars, int length) {
        return factory.createParser(ObjectReadContext.empty(), chars, 0, length);
    }

    /** The root of a document given as text, as a cursor on a fresh problem list. */
    Cursor parse(String json, String format) {
        if (json.length() > limits.maxDocumentLength()) {
            throw single(format, "", Messages.documentTooLong(json.length(), limits.maxDocumentLength()));
        }
        return read(mapper.createParser(json), format);
    }

    /** The root of a document read from a stream (not closed here). */
    Cursor parse(InputStream in, String format) {
        JsonParser parser;
        try {
            parser = mapper.createParser(in);
        } catch (JacksonException e) {
            throw translate(e, null, format);
        }
        return read(parser, format);
    }

    /** Reads the whole document, and nothing after it; a failure names where the parser was. */
    private Cursor read(JsonParser parser, String format) {
        try (parser) {
            JsonNode tree = mapper.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                throw single(format, "", Messages.notJson("more after the end of the document (line "
                        + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() + ")"));
            }
            return root(tree, format);
        } catch (JacksonException e) {
            throw translate(e, parser, format);
        }
    }

    private Cursor root(JsonNode tree, String format) {
        Problems problems = new Problems(format);
        if (tree == null || tree.isMissingNode()) {
            throw single(format, "", Messages.notJson("the document is empty"));
        }
        Cursor root = new Cursor(tree, "", problems, limits);
        if (!tree.isObject()) {
            root.problem(Messages.wrongType("an object", tree));
            throw problems.exception();
        }
        String found = root.required("format", Cursor::text);
        if (found != null && !found.equals(format)) {
            problems.add("/format", Messages.wrongFormat(found, format));
        }
        problems.throwIfAny();
        return root;
    }

    private static InvalidDocumentException translate(JacksonException e, JsonParser parser, String format) {
        String pointer = "";
        JsonParser at = e.processor() instanceof JsonParser p ? p : parser;
        if (at != null && at.streamReadContext() != null) {
            pointer = at.streamReadContext().pathAsPointer().toString();
        }
        String detail = e.getOriginalMessage();
        if (at != null && detail != null && detail.contains(DUPLICATE) && at.currentName() != null) {
            // Jackson's own text names its tree class and feature; say it in the format's terms
            return single(format, pointer, Messages.duplicateMember(at.currentName()));
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            detail += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        String message = e instanceof StreamConstraintsException ? Messages.overLimit(detail) : Messages.notJson(detail);
        return single(format, pointer, message);
    }

    private static InvalidDocumentException single(String format, String pointer, String message) {
        Problems problems = new Problems(format);
        problems.add(pointer, message);
        return problems.exception();
    }
}
