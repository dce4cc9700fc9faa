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

import java.math.BigDecimal;
import java.util.Objects;
import org.blendscore.number.Fraction;

/**
 * The coverage of one section: the share of its nominal weight that had usable evidence.
 *
 * @param section the section name
 * @param covered the covered share of the section's nominal weight, 0 to 1
 */
public record SectionCoverage(String section, Fraction covered) {

    /**
     * Checks that the parts are present.
     *
     * @param section the section name
     * @param covered the covered share, 0 to 1
     */
    public SectionCoverage {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(covered, "covered");
    }

    /**
     * The covered share in percent, rounded half-even to 2 places.
     *
     * @return the percent
     */
    public BigDecimal percent() {
        return Coverage.percent(covered);
    }
}
