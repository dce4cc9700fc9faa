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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A value of a parsed document with its JSON Pointer: reads it as the type expected there, and when it
 * is not, records a problem naming the pointer and what is allowed, and gives {@code null} (the
 * caller builds nothing from a part with a problem, but keeps reading the rest, so that every problem
 * of a document is reported at once). Shared by the readers of every document.
 */
final class Cursor {

    private final JsonNode node;
    /** The pointer, made on first use from the parent's and the step: most cursors never need theirs. */
    private String pointer;
    private final Cursor parent;
    /** The member name of the step from the parent, or null for an element. */
    private final String name;
    /** The element index of the step from the parent. */
    private final int index;
    private final Problems problems;
    private final JsonLimits limits;

    Cursor(JsonNode node, String pointer, Problems problems, JsonLimits limits) {
        this(node, null, null, 0, problems, limits);
        this.pointer = pointer;
    }

    private Cursor(JsonNode node, Cursor parent, String name, int index, Problems problems, JsonLimits limits) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.problems = problems;
        this.limits = limits;
    }

    String pointer() {
        if (pointer == null) {
            pointer = name == null ? parent.pointer() + "/" + index : parent.child(name);
        }
        return pointer;
    }

    JsonLimits limits() {
        return limits;
    }

    Problems problems() {
        return problems;
    }

    /** The number of elements or members; zero for a scalar. */
    int size() {
        return node.size();
    }

    JsonNode node() {
        return node;
    }

    void problem(String message) {
        problems.add(pointer(), message);
    }

    /**
     * Checks that this is an object whose members are among those named, recording each unknown member.
     *
     * @return whether it is an object
     */
    boolean object(Set<String> allowed) {
        if (!node.isObject()) {
            problem(Messages.wrongType("an object", node));
            return false;
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(child(name), Messages.unknownMember(name, allowed));
            }
        }
        return true;
    }

    /** Checks that this is an object, recording a problem when it is not, without checking its members. */
    boolean isObject() {
        if (!node.isObject()) {
            problem(Messages.wrongType("an object", node));
            return false;
        }
        return true;
    }

    /** A required member; records it missing when absent. */
    Cursor required(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            problem(Messages.missingMember(name));
            return null;
        }
        return new Cursor(value, this, name, 0, problems, limits);
    }

    /** An optional member; {@code null} when absent. */
    Cursor optional(String name) {
        JsonNode value = node.get(name);
        return value == null ? null : new Cursor(value, this, name, 0, problems, limits);
    }

    /** The array's elements, or {@code null} (with a problem) when this is no array or has more than {@code most}. */
    List<Cursor> elements(int most, String what) {
        if (!node.isArray()) {
            problem(Messages.wrongType("an array", node));
            return null;
        }
        if (node.size() > most) {
            problem(Messages.tooMany(what, node.size(), most));
            return null;
        }
        List<Cursor> out = new ArrayList<>(node.size());
        int i = 0;
        for (JsonNode element : node.values()) {
            out.add(new Cursor(element, this, null, i, problems, limits));
            i++;
        }
        return out;
    }

    /** The object's members in document order, or {@code null} (with a problem) when this is no object. */
    Map<String, Cursor> members() {
        if (!node.isObject()) {
            problem(Messages.wrongType("an object", node));
            return null;
        }
        Map<String, Cursor> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), new Cursor(e.getValue(), this, e.getKey(), 0, problems, limits));
        }
        return out;
    }

    String text() {
        if (!node.isString()) {
            problem(Messages.wrongType("a string", node));
            return null;
        }
        return node.stringValue();
    }

    /** A decimal written as a JSON string, within the number length limit, read from its text. */
    BigDecimal decimal() {
        if (!node.isString()) {
            problem(Messages.wrongType("a decimal written as a JSON string, such as \"1250.50\"", node));
            return null;
        }
        String text = node.stringValue();
        String wrong = Decimals.problem(text, limits.maxNumberLength());
        if (wrong != null) {
            problem(wrong);
            return null;
        }
        return new BigDecimal(text);
    }

    Integer integer() {
        if (!node.isInt()) {
            problem(Messages.wrongType("an integer (a JSON number without a fraction or exponent)", node));
            return null;
        }
        return node.intValue();
    }

    Boolean bool() {
        if (!node.isBoolean()) {
            problem(Messages.wrongType("true or false", node));
            return null;
        }
        return node.booleanValue();
    }

    LocalDate date() {
        String text = text();
        if (text == null) {
            return null;
        }
        if (text.length() > 10) {
            problem(Messages.notADate(text));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(Messages.notADate(text));
            return null;
        }
    }

    /** One of a closed set of names, each for a value. */
    <T> T oneOf(Map<String, T> allowed) {
        String text = text();
        if (text == null) {
            return null;
        }
        T value = allowed.get(text);
        if (value == null) {
            problem(Messages.notOneOf(text, allowed.keySet()));
        }
        return value;
    }

    <E extends Enum<E>> E enumOf(Class<E> type) {
        return oneOf(Names.of(type));
    }

    /** An optional member read with {@code read}: empty when absent, {@code null} when present but bad. */
    <T> Optional<T> optional(String name, Function<Cursor, T> read) {
        Cursor member = optional(name);
        if (member == null) {
            return Optional.empty();
        }
        T value = read.apply(member);
        return value == null ? null : Optional.of(value);
    }

    /** A required member read with {@code read}; {@code null} when absent or bad. */
    <T> T required(String name, Function<Cursor, T> read) {
        Cursor member = required(name);
        return member == null ? null : read.apply(member);
    }

    /** Every element read with {@code read}; {@code null} if any is bad (each bad one recorded). */
    <T> List<T> list(int most, String what, Function<Cursor, T> read) {
        List<Cursor> elements = elements(most, what);
        if (elements == null) {
            return null;
        }
        List<T> out = new ArrayList<>(elements.size());
        boolean bad = false;
        for (Cursor element : elements) {
            T value = read.apply(element);
            bad |= value == null;
            out.add(value);
        }
        return bad ? null : out;
    }

    private String child(String name) {
        return pointer() + "/" + Pointers.escape(name);
    }
}
