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

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Mustache templates of the documents, read from this module's resources and compiled once.
 * HTML templates escape every {@code {{value}}} as HTML; the Markdown template escapes it as HTML
 * and also backslash-escapes Markdown's own characters, so a label cannot open a link, a table cell
 * or an emphasis. No template uses the unescaped {@code {{{value}}}} form (a test reads them all).
 */
final class Templates {

    /** The HTML templates: Mustache's default HTML escaping. */
    private static final Factory HTML = new Factory(false);
    /** The Markdown templates: HTML escaping and Markdown's characters. */
    private static final Factory MARKDOWN = new Factory(true);

    private Templates() {
    }

    /**
     * Renders an HTML template.
     *
     * @param name the template's resource name, such as {@code statement.html.mustache}
     * @param scope the values, only strings, booleans, lists and maps
     * @return the document
     */
    static String html(String name, Map<String, Object> scope) {
        return render(HTML.compiled(name), scope);
    }

    /**
     * Renders a Markdown template.
     *
     * @param name the template's resource name
     * @param scope the values, only strings, booleans, lists and maps
     * @return the document
     */
    static String markdown(String name, Map<String, Object> scope) {
        return render(MARKDOWN.compiled(name), scope);
    }

    private static String render(Mustache template, Map<String, Object> scope) {
        StringWriter out = new StringWriter(16_384);
        template.execute(out, scope);
        return out.toString();
    }

    /** A factory that reads templates from this module (a named module's resources are not on the class path). */
    private static final class Factory extends DefaultMustacheFactory {

        private final boolean markdown;

        Factory(boolean markdown) {
            this.markdown = markdown;
        }

        Mustache compiled(String name) {
            return compile(name);
        }

        @Override
        public Reader getReader(String resourceName) {
            String name = resourceName.substring(resourceName.lastIndexOf('/') + 1);
            InputStream in = Templates.class.getResourceAsStream(name);
            if (in == null) {
                in = Templates.class.getResourceAsStream(name + ".mustache");
            }
            if (in == null) {
                throw new MustacheException("no template " + name + " in org/blendscore/documents");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(markdown ? Escaping.markdown(value) : Escaping.html(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
