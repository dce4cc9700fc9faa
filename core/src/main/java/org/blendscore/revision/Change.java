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

import java.util.Objects;
import java.util.Optional;

/**
 * One structural change between two versions of a rubric, such as the curve of a measure.
 *
 * @param kind added, removed or changed
 * @param path where, such as {@code sections[Revenue].measures[new-arr].curve}
 * @param before the part's value in the earlier version, empty if it was added
 * @param after the part's value in the later version, empty if it was removed
 */
public record Change(ChangeKind kind, String path, Optional<String> before, Optional<String> after) {

    /**
     * Checks that the values fit the kind.
     *
     * @param kind added, removed or changed
     * @param path where
     * @param before the earlier value, empty if added
     * @param after the later value, empty if removed
     * @throws IllegalArgumentException if a value is present or missing against the kind
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isPresent() != (kind != ChangeKind.ADDED) || after.isPresent() != (kind != ChangeKind.REMOVED)) {
            throw new IllegalArgumentException(RevisionMessages.changeValuesDoNotFit(kind, path, before.isPresent(), after.isPresent()));
        }
    }

    /**
     * The same change seen from the other side: before and after swap.
     *
     * @return the reversed change
     */
    public Change reversed() {
        return new Change(kind.reversed(), path, after, before);
    }

    /**
     * The change as one line of text, such as {@code changed sections[Revenue].weight: 50 -> 45}.
     *
     * @return the line
     */
    public String toText() {
        return switch (kind) {
            case ADDED -> "added " + path + ": " + after.orElseThrow();
            case REMOVED -> "removed " + path + ": " + before.orElseThrow();
            case CHANGED -> "changed " + path + ": " + before.orElseThrow() + " -> " + after.orElseThrow();
        };
    }
}
