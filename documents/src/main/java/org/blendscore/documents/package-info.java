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
 * The documents people read: {@link org.blendscore.documents.RubricDocument} (the published rubric,
 * HTML and Markdown), {@link org.blendscore.documents.ReviewStatement} (one rep's review in the
 * subject's view) and {@link org.blendscore.documents.TeamDashboard} (a manager's page over a batch).
 *
 * <p>Every document is one self-contained file: inline CSS and SVG, no script, nothing loaded from a
 * network, printable. Names, comments and labels are user input and are always escaped by the
 * templates (Mustache's HTML escaping; for Markdown, HTML escaping and Markdown's own characters).
 * Numbers are formatted without the default locale, and nothing depends on the clock, so the same
 * input gives byte-identical output.
 */
package org.blendscore.documents;
