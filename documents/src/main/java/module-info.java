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
/**
 * Blendscore documents: what people read, as self-contained HTML with inline CSS and SVG charts
 * (and the published rubric also as Markdown). Every text is escaped by Mustache templates; nothing
 * is loaded from a network; the same input gives byte-identical output.
 */
// Mustache.java is an automatic module (Automatic-Module-Name com.github.mustachejava): its name is stable.
@SuppressWarnings("requires-automatic")
module org.blendscore.documents {
    requires transitive org.blendscore.core;
    requires com.github.mustachejava;

    exports org.blendscore.documents;
}
