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
package org.blendscore.revision;

import java.util.LinkedHashSet;
import java.util.Set;
import org.blendscore.number.Fraction;

/** Renders a {@link RubricDiff} as plain text; rounded figures are marked with {@code ≈}. */
final class DiffText {

    private DiffText() {
    }

    static String render(RubricDiff d) {
        StringBuilder out = new StringBuilder();
        out.append("Diff of rubric ").append(d.rubricId()).append(' ').append(d.beforeVersion()).append(" -> ").append(d.afterVersion())
                .append('\n');
        out.append("Structural changes: ").append(d.changes().size()).append('\n');
        d.changes().forEach(c -> out.append("  ").append(c.toText()).append('\n'));
        Figures b = d.beforeFigures();
        Figures a = d.afterFigures();
        out.append("Figures (before -> after):\n");
        Set<String> ids = new LinkedHashSet<>(a.nominalShares().keySet());
        ids.addAll(b.nominalShares().keySet());
        for (String id : ids) {
            line(out, "nominal share " + id, share(b, id), share(a, id));
        }
        line(out, "qualitative share", Figures.number(b.qualitativeShare()) + "%", Figures.number(a.qualitativeShare()) + "%");
        line(out, "curve cliffs", b.cliffs().toString(), a.cliffs().toString());
        line(out, "withholding exposure", b.withholdingText(), a.withholdingText());
        line(out, "reachable bands", b.reachableBands().toString(), a.reachableBands().toString());
        return out.toString();
    }

    private static String share(Figures f, String id) {
        Fraction s = f.nominalShares().get(id);
        return s == null ? "none" : Figures.number(s) + "%";
    }

    private static void line(StringBuilder out, String name, String before, String after) {
        out.append("  ").append(name).append(": ").append(before);
        out.append(before.equals(after) ? " (unchanged)" : " -> " + after).append('\n');
    }
}
