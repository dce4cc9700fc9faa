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

/** How the ratings of one source combine into the source's value. */
public enum Aggregation {
    /** The arithmetic mean, kept exact (4, 5, 4 gives 13/3). */
    MEAN,
    /** The middle rating; with an even count, the mean of the two middle ones. */
    MEDIAN
}
