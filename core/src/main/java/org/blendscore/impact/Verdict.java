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
package org.blendscore.impact;

/** What an adverse-impact analysis concludes about one group. */
public enum Verdict {
    /** The group with the highest selection rate among those large enough to judge; the others are compared with it. */
    REFERENCE,
    /** Its impact ratio is below four fifths (0.8): possible adverse impact. */
    FLAGGED,
    /** Its impact ratio is at least four fifths, or no judged group had anyone selected. */
    NOT_FLAGGED,
    /** Fewer members than the minimum group size: too small to judge, never flagged. */
    TOO_SMALL
}
