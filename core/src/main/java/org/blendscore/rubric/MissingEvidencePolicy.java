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
package org.blendscore.rubric;

/**
 * What happens when a rating source has fewer usable ratings than its minimum, or a measure has no
 * usable evidence at all. An N/A rating is never a zero: it is simply not counted.
 */
public enum MissingEvidencePolicy {
    /**
     * The source or measure is left out with a warning and the remaining weights at its level are
     * renormalised (the default). A section left without measures is left out the same way.
     */
    LEAVE_OUT,
    /**
     * The source or measure keeps its weight and counts 0 points, with a warning. An N/A rating is
     * still never counted: a source whose only ratings are N/A has no usable rating, so this policy
     * counts it as 0 points, as it would a source with no ratings at all.
     */
    COUNT_AS_ZERO,
    /** The whole review is rejected with an error naming what is missing. */
    REJECT
}
