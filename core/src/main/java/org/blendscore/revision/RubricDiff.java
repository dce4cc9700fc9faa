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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.rubric.Rubric;

/**
 * What changed between two versions of a rubric: each structural change with where it is and its
 * values before and after, and the analytical figures of both versions side by side.
 *
 * <pre>{@code
 * RubricDiff diff = RubricDiff.between(hunter2026_1, hunter2026_2);
 * System.out.println(diff.toText());
 * }</pre>
 *
 * <p>Parts are matched by id or name (sections by name, measures by id within their section, bands by
 * label, rating sources by name, scale levels by value, guards by condition), with maps, so a diff
 * takes time linear in the rubrics' size. A measure that moved to another section is removed from
 * one and added to the other. The order of the changes is deterministic: the rubric's settings,
 * target rules, fairness rules, band rules, bands, guards, then the sections in the later version's
 * order; within a list, the parts in both, then the added, then the removed.
 *
 * @param rubricId the rubric id (of the earlier version)
 * @param beforeVersion the earlier version
 * @param afterVersion the later version
 * @param changes the structural changes, in the order above
 * @param beforeFigures the earlier version's figures
 * @param afterFigures the later version's figures
 */
public record RubricDiff(String rubricId, String beforeVersion, String afterVersion, List<Change> changes,
                         Figures beforeFigures, Figures afterFigures) {

    /**
     * Checks the parts and copies the list.
     *
     * @param rubricId the rubric id (of the earlier version)
     * @param beforeVersion the earlier version
     * @param afterVersion the later version
     * @param changes the structural changes
     * @param beforeFigures the earlier figures
     * @param afterFigures the later figures
     */
    public RubricDiff {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(beforeVersion, "beforeVersion");
        Objects.requireNonNull(afterVersion, "afterVersion");
        changes = List.copyOf(changes);
        Objects.requireNonNull(beforeFigures, "beforeFigures");
        Objects.requireNonNull(afterFigures, "afterFigures");
    }

    /**
     * The diff between two rubrics, normally two versions of one rubric.
     *
     * @param before the earlier version
     * @param after the later version
     * @return what changed
     */
    public static RubricDiff between(Rubric before, Rubric after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new RubricDiff(before.id(), before.version(), after.version(), StructuralDiff.between(before, after),
                Figures.of(RubricAnalysis.of(before)), Figures.of(RubricAnalysis.of(after)));
    }

    /**
     * Whether nothing in the structure changed.
     *
     * @return true if there are no structural changes
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The changes of one kind, in order.
     *
     * @param kind added, removed or changed
     * @return those changes
     */
    public List<Change> changes(ChangeKind kind) {
        Objects.requireNonNull(kind, "kind");
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * The change at a path, if any.
     *
     * @param path such as {@code sections[Revenue].weight}
     * @return the change there, or empty
     */
    public Optional<Change> at(String path) {
        Objects.requireNonNull(path, "path");
        return changes.stream().filter(c -> c.path().equals(path)).findFirst();
    }

    /**
     * The diff as plain text: a heading, one line per structural change, then each figure before and
     * after. Deterministic: the same two rubrics always give the same text.
     *
     * @return the text
     */
    public String toText() {
        return DiffText.render(this);
    }

    @Override
    public String toString() {
        return toText();
    }
}
