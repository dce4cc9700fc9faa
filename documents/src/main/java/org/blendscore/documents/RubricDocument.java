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

import java.util.Objects;
import org.blendscore.rubric.Rubric;

/**
 * The published rubric, for the people it judges: sections and weights, each curve drawn with its
 * breakpoints, gate and cap, tier tables, rating scales with every level's behavioural anchor,
 * sources with their weights, minimums and anonymity, targets and their adjustment rules, bands and
 * guards, the missing-evidence policy and least coverage, the declared fairness rules with the
 * analysis's figures, and the version and effective period.
 *
 * <pre>{@code
 * Files.writeString(Path.of("rubric.html"), RubricDocument.html(rubric));
 * Files.writeString(Path.of("rubric.md"), RubricDocument.markdown(rubric));
 * }</pre>
 */
public final class RubricDocument {

    private RubricDocument() {
    }

    /**
     * The rubric as one self-contained HTML page with SVG charts of its curves.
     *
     * @param rubric the rubric
     * @return the page, UTF-8 text
     * @throws NullPointerException if {@code rubric} is null
     */
    public static String html(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        return Templates.html("rubric.html.mustache", RubricView.of(rubric));
    }

    /**
     * The rubric as Markdown (tables, no charts: a curve is given by its breakpoints or tiers).
     *
     * @param rubric the rubric
     * @return the Markdown text
     * @throws NullPointerException if {@code rubric} is null
     */
    public static String markdown(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        return Templates.markdown("rubric.md.mustache", RubricView.of(rubric));
    }
}
