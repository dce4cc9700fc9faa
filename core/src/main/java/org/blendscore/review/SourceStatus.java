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
package org.blendscore.review;

/** How a rating source took part in a measure. */
public enum SourceStatus {
    /** It had enough usable ratings and counted. */
    SCORED,
    /** Too few usable ratings; it counted 0 points under the rubric's policy. */
    COUNTED_AS_ZERO,
    /** Too few usable ratings; it was left out and the other sources renormalised. */
    LEFT_OUT
}
