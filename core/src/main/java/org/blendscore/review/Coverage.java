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
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * How much of the rubric's weight a review's evidence covered, exactly: the share of the rubric's
 * nominal weight (before any renormalisation) that had usable evidence, overall and per section. A
 * measure counts its nominal share when it was scored from evidence; a rating measure counts the
 * share of each of its sources that had its minimum of usable ratings. A measure (or source) left
 * out, or counted as zero, for missing evidence counts nothing.
 *
 * <p>Below the rubric's least coverage a review is <em>incomplete</em>: it is scored and explained,
 * but it has no band, or a band marked provisional if the rubric declares so.
 */
public final class Coverage {

    private final Fraction overall;
    private final List<SectionCoverage> sections;
    private final List<MissingEvidence> missing;
    private final Fraction leastForBand;

    /**
     * Checks the parts and copies the lists.
     *
     * @param overall the covered share of the rubric's nominal weight, 0 to 1
     * @param sections the covered share of each section's nominal weight
     * @param missing what evidence was missing
     * @param leastForBand the rubric's least coverage for a banded review, 0 to 1
     */
    public Coverage(Fraction overall, List<SectionCoverage> sections, List<MissingEvidence> missing,
                    Fraction leastForBand) {
        Objects.requireNonNull(overall, "overall");
        sections = List.copyOf(sections);
        missing = List.copyOf(missing);
        Objects.requireNonNull(leastForBand, "leastForBand");
        this.overall = overall;
        this.sections = sections;
        this.missing = missing;
        this.leastForBand = leastForBand;
    }

    /**
     * Whether the coverage reaches the rubric's least coverage for a banded review.
     *
     * @return true if the review is complete
     */
    public boolean complete() {
        return overall.compareTo(leastForBand) >= 0;
    }

    /**
     * The overall coverage in percent, rounded half-even to 2 places (as {@code explain()} shows it).
     *
     * @return the percent, such as {@code 88.00}
     */
    public BigDecimal overallPercent() {
        return percent(overall);
    }

    /**
     * The coverage of one section.
     *
     * @param section a section name
     * @return its covered share, 0 to 1, or empty if the rubric has no such section
     */
    public Optional<Fraction> section(String section) {
        for (SectionCoverage s : sections) {
            if (s.section().equals(section)) {
                return Optional.of(s.covered());
            }
        }
        return Optional.empty();
    }

    /**
     * A share in percent, rounded half-even to 2 places.
     *
     * @param share a share, 0 to 1
     * @return its percent
     */
    static BigDecimal percent(Fraction share) {
        return share.multiply(Fraction.HUNDRED).toBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Returns the covered share of the rubric's nominal weight, 0 to 1.
     *
     * @return the covered share of the rubric's nominal weight, 0 to 1
     */
    public Fraction overall() {
        return overall;
    }

    /**
     * Returns the covered share of each section's nominal weight, in declaration order.
     *
     * @return the covered share of each section's nominal weight, in declaration order
     */
    public List<SectionCoverage> sections() {
        return sections;
    }

    /**
     * Returns what evidence was missing, measure by measure (and source by source), in declaration order; empty when coverage is 1.
     *
     * @return what evidence was missing, measure by measure (and source by source), in declaration order; empty when coverage is 1
     */
    public List<MissingEvidence> missing() {
        return missing;
    }

    /**
     * Returns the rubric's least coverage for a banded review, 0 to 1.
     *
     * @return the rubric's least coverage for a banded review, 0 to 1
     */
    public Fraction leastForBand() {
        return leastForBand;
    }

    /** Equal to another Coverage whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Coverage other
                && Objects.equals(overall, other.overall)
                && Objects.equals(sections, other.sections)
                && Objects.equals(missing, other.missing)
                && Objects.equals(leastForBand, other.leastForBand);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(overall, sections, missing, leastForBand);
    }

    /** The parts, as {@code Coverage[part=value, ...]}. */
    @Override
    public String toString() {
        return "Coverage[overall=" + overall
                + ", sections=" + sections
                + ", missing=" + missing
                + ", leastForBand=" + leastForBand
                + "]";
    }
}
