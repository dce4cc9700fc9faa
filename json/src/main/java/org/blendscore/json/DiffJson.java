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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendscore.revision.Change;
import org.blendscore.revision.Figures;
import org.blendscore.revision.RubricDiff;
import org.blendscore.revision.RuleViolation;
import org.blendscore.number.Fraction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diff between two versions of a rubric as a {@value JsonFormat#DIFF} document: each structural
 * change with its kind, path and values before and after (as the diff's text shows them), and both
 * versions' figures, exact. Shares and points are exact fractions written as strings
 * {@code "numerator/denominator"} in lowest terms, as coverage is in the review format; a withholding
 * exposure without bound is the string {@code "unbounded"}. Optionally, the revision rules a revision
 * broke, each with its figures and message.
 *
 * <p>A diff is a derived document: it is written for people and other systems to read, and has no
 * reader here (diff the two rubrics again to get a {@link RubricDiff}). Thread-safe: static methods only.
 */
public final class DiffJson {

    private DiffJson() {
    }

    /**
     * Writes a diff as an indented document.
     *
     * @param diff the diff
     * @return the document
     */
    public static String write(RubricDiff diff) {
        return Out.text(document(diff, List.of()));
    }

    /**
     * Writes a diff with the revision rules a revision broke.
     *
     * @param diff the diff
     * @param violations the rules broken, as {@code RevisionRules.check} gives them; empty if none
     * @return the document
     */
    public static String write(RubricDiff diff, List<RuleViolation> violations) {
        return Out.text(document(diff, violations));
    }

    /**
     * Writes a diff to a stream, indented, in UTF-8; the stream is left open.
     *
     * @param diff the diff
     * @param out where to write
     */
    public static void write(RubricDiff diff, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Out.write(document(diff, List.of()), out);
    }

    private static ObjectNode document(RubricDiff diff, List<RuleViolation> violations) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(violations, "violations");
        ObjectNode doc = Out.document(JsonFormat.DIFF);
        doc.put("rubricId", diff.rubricId());
        doc.put("before", diff.beforeVersion());
        doc.put("after", diff.afterVersion());
        ArrayNode changes = doc.putArray("changes");
        for (Change c : diff.changes()) {
            ObjectNode node = changes.addObject();
            Out.name(node, "kind", c.kind());
            node.put("path", c.path());
            c.before().ifPresent(v -> node.put("before", v));
            c.after().ifPresent(v -> node.put("after", v));
        }
        ObjectNode figures = doc.putObject("figures");
        figures(figures.putObject("before"), diff.beforeFigures());
        figures(figures.putObject("after"), diff.afterFigures());
        if (!violations.isEmpty()) {
            ArrayNode broken = doc.putArray("violations");
            for (RuleViolation v : violations) {
                ObjectNode node = broken.addObject();
                node.put("rule", v.rule());
                v.before().ifPresent(b -> node.put("before", b));
                v.after().ifPresent(a -> node.put("after", a));
                node.put("message", v.message());
            }
        }
        return doc;
    }

    private static void figures(ObjectNode node, Figures f) {
        node.put("version", f.version());
        ObjectNode shares = node.putObject("nominalShares");
        for (Map.Entry<String, Fraction> e : f.nominalShares().entrySet()) {
            shares.put(e.getKey(), Fractions.write(e.getValue()));
        }
        node.put("qualitativeShare", Fractions.write(f.qualitativeShare()));
        ArrayNode cliffs = node.putArray("cliffs");
        f.cliffs().forEach(cliffs::add);
        node.put("withholdingExposure", f.withholdingExposure().map(Fractions::write).orElse("unbounded"));
        ArrayNode bands = node.putArray("reachableBands");
        f.reachableBands().forEach(bands::add);
    }
}
