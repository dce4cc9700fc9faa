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
 */
public final class SectionCoverage {

    private final String section;
    private final Fraction covered;

    /**
     * Checks that the parts are present.
     *
     * @param section the section name
     * @param covered the covered share, 0 to 1
     */
    public SectionCoverage(String section, Fraction covered) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(covered, "covered");
        this.section = section;
        this.covered = covered;
    }

    /**
     * The covered share in percent, rounded half-even to 2 places.
     *
     * @return the percent
     */
    public BigDecimal percent() {
        return Coverage.percent(covered);
    }

    /**
     * Returns the section name.
     *
     * @return the section name
     */
    public String section() {
        return section;
    }

    /**
     * Returns the covered share of the section's nominal weight, 0 to 1.
     *
     * @return the covered share of the section's nominal weight, 0 to 1
     */
    public Fraction covered() {
        return covered;
    }

    /** Equal to another SectionCoverage whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SectionCoverage other
                && Objects.equals(section, other.section)
                && Objects.equals(covered, other.covered);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(section, covered);
    }

    /** The parts, as {@code SectionCoverage[part=value, ...]}. */
    @Override
    public String toString() {
        return "SectionCoverage[section=" + section
                + ", covered=" + covered
                + "]";
    }
}
