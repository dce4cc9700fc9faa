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

/** What happened to one part of a rubric between two versions. */
public enum ChangeKind {
    /** The part is in the later version only. */
    ADDED,
    /** The part is in the earlier version only. */
    REMOVED,
    /** The part is in both versions, with different values. */
    CHANGED;

    /**
     * The kind seen from the other side: added and removed swap, a change stays a change.
     *
     * @return the opposite kind
     */
    public ChangeKind reversed() {
        return switch (this) {
            case ADDED -> REMOVED;
            case REMOVED -> ADDED;
            case CHANGED -> CHANGED;
        };
    }
}
