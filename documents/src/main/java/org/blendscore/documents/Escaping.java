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
package org.blendscore.documents;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;

/**
 * The escaping the templates apply to every value: Mustache's own HTML escaper, and for Markdown
 * first a backslash before the characters that would start a link, an emphasis, a table cell, a
 * heading or code.
 */
final class Escaping {

    private static final String MARKDOWN_SPECIALS = "\\`*_[]|~";

    private Escaping() {
    }

    /**
     * Escapes text for HTML content and attribute values with Mustache's {@link HtmlEscaper}.
     *
     * @param text the text
     * @return the escaped text
     */
    static String html(String text) {
        StringWriter out = new StringWriter(text.length() + 16);
        HtmlEscaper.escape(text, out);
        return out.toString();
    }

    /**
     * Escapes text for Markdown: a backslash before Markdown's characters, then HTML escaping (so a
     * renderer that passes HTML through shows {@code <script>} as text). A line break becomes a space,
     * so a value never leaves its table cell.
     *
     * @param text the text
     * @return the escaped text
     */
    static String markdown(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                b.append(' ');
            } else {
                if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return html(b.toString());
    }
}
