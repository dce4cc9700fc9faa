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

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Maps a path of the core's problems ({@code sections[Revenue].weight},
 * {@code measures[new-arr].curve.breakpoints[2]}) to the JSON Pointer of the value in the document
 * it was read from ({@code /sections/0/weight}, {@code /sections/0/measures/1/curve/breakpoints/2}).
 * A key in brackets is an index or the {@code name}, {@code id} or {@code label} of an element; a
 * measure is looked up in every section. Whatever part of a path cannot be resolved is kept, to be
 * shown with the message.
 */
final class CorePaths {

    private static final List<String> KEYS = List.of("name", "id", "label");

    /** The pointer resolved, and the rest of the core path that could not be (empty when all was). */
    record Located(String pointer, String unresolved) {
    }

    private CorePaths() {
    }

    static Located locate(Cursor root, String path) {
        List<String> tokens = tokens(path);
        JsonNode node = root.node();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            JsonNode next;
            String step;
            if (token.startsWith("[")) {
                String key = token.substring(1, token.length() - 1);
                int index = indexOf(node, key);
                next = index < 0 ? null : node.get(index);
                step = "/" + index;
            } else if (i == 0 && token.equals("measures") && node.get("measures") == null) {
                // the core names a measure by its id alone; it lives in some section
                if (i + 1 < tokens.size() && tokens.get(i + 1).startsWith("[")) {
                    String id = tokens.get(i + 1);
                    String found = findMeasure(node, id.substring(1, id.length() - 1));
                    if (found != null) {
                        pointer.append(found);
                        node = at(node, found);
                        i++;
                        continue;
                    }
                }
                next = null;
                step = "";
            } else {
                next = node.isObject() ? node.get(token) : null;
                step = "/" + Pointers.escape(token);
            }
            if (next == null) {
                return new Located(pointer.toString(), path);
            }
            pointer.append(step);
            node = next;
        }
        return new Located(pointer.toString(), "");
    }

    private static String findMeasure(JsonNode root, String id) {
        JsonNode sections = root.get("sections");
        if (sections == null || !sections.isArray()) {
            return null;
        }
        for (int s = 0; s < sections.size(); s++) {
            JsonNode measures = sections.get(s).get("measures");
            if (measures != null && measures.isArray()) {
                int m = indexOf(measures, id);
                if (m >= 0) {
                    return "/sections/" + s + "/measures/" + m;
                }
            }
        }
        return null;
    }

    private static JsonNode at(JsonNode root, String pointer) {
        return root.at(pointer);
    }

    private static int indexOf(JsonNode array, String key) {
        if (array == null || !array.isArray()) {
            return -1;
        }
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 10) {
            int index = Integer.parseInt(key);
            if (index < array.size()) {
                return index;
            }
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            for (String k : KEYS) {
                JsonNode v = element.get(k);
                if (v != null && v.isString() && v.stringValue().equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Splits {@code a[x].b[2].c} into {@code a, [x], b, [2], c}, brackets kept whole. */
    static List<String> tokens(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (depth == 0 && c == '[') {
                flush(out, current);
                current.append(c);
                depth = 1;
            } else if (depth == 1 && c == ']' && (i + 1 == path.length() || path.charAt(i + 1) == '.' || path.charAt(i + 1) == '[')) {
                current.append(c);
                flush(out, current);
                depth = 0;
            } else if (depth == 0 && c == '.') {
                flush(out, current);
            } else {
                current.append(c);
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
