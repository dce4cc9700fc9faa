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
package org.blendscore.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Comparator;
import java.util.List;
import org.blendscore.revision.Change;
import org.blendscore.revision.ChangeKind;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/** What holds for the diff of any two rubrics the generators make. */
class RubricDiffPropertyTest {

    private static final Comparator<Change> BY_PATH_AND_KIND = Comparator.comparing(Change::path).thenComparing(Change::kind);

    @Test
    void aRubricDiffedWithAnEqualCopyOfItselfHasNoChangesAndTheSameFigures() {
        qt().withExamples(200).withShrinkCycles(0).forAll(longs().all().map(RubricGenerator.of()::generate)).checkAssert(rubric -> {
            Rubric copy = new Rubric(rubric.id(), rubric.version(), rubric.effective(), List.copyOf(rubric.sections()),
                    List.copyOf(rubric.bands()), List.copyOf(rubric.guards()), rubric.missingEvidence(), rubric.scale(),
                    rubric.targets(), rubric.fairness(), rubric.bandRules());
            RubricDiff diff = RubricDiff.between(rubric, copy);
            assertTrue(diff.isEmpty(), diff::toText);
            assertEquals(diff.beforeFigures(), diff.afterFigures());
        });
    }

    @Test
    void theDiffBackIsTheMirrorOfTheDiff() {
        qt().withExamples(200).withShrinkCycles(0).forAll(longs().all().map(RubricGenerator.of()::generate), longs().all().map(RubricGenerator.of()::generate)).checkAssert((a, b) -> {
            RubricDiff there = RubricDiff.between(a, b);
            RubricDiff back = RubricDiff.between(b, a);
            assertEquals(there.changes().stream().map(Change::reversed).sorted(BY_PATH_AND_KIND).toList(),
                    back.changes().stream().sorted(BY_PATH_AND_KIND).toList());
            assertEquals(paths(there, ChangeKind.ADDED), paths(back, ChangeKind.REMOVED));
            assertEquals(there.beforeFigures(), back.afterFigures());
            assertEquals(there.afterFigures(), back.beforeFigures());
            assertEquals(there.toText(), RubricDiff.between(a, b).toText(), "the text is deterministic");
        });
    }

    private static List<String> paths(RubricDiff diff, ChangeKind kind) {
        return diff.changes(kind).stream().map(Change::path).sorted().toList();
    }
}
