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
package org.blendscore.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * What one review found for one source of a rating measure: how many usable ratings it had, and when
 * they reached the source's minimum, its value and points (exact and shown). The figures of few
 * whole-number ratings depend only on their count and sum (mean aggregation), and are shared by every
 * review with the same ({@link RatingSourceFigures}).
 */
record SourceFigures(int usable, Optional<BigDecimal> value, Optional<BigDecimal> points, Fraction exactPoints) {

    /** The figures of a source below its minimum: its count, no value, no points. */
    static SourceFigures belowMinimum(int usable) {
        return new SourceFigures(usable, Optional.empty(), Optional.empty(), null);
    }
}
