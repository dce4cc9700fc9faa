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
package org.blendscore.analysis;

/** Where a measure's points can jump: an edge of a curve, or one discrete step of a milestone measure. */
public enum CliffKind {
    /** The gate of a linear curve: below it nothing counts. */
    GATE,
    /** A breakpoint of a linear curve; linear interpolation keeps the points continuous there. */
    BREAKPOINT,
    /** The edge between two tiers of a tier curve. */
    TIER_EDGE,
    /** Reaching one named milestone. */
    MILESTONE,
    /** Reaching the next stage of a stage ladder. */
    STAGE,
    /** One more occurrence of a counted milestone, up to its target. */
    COUNT
}
