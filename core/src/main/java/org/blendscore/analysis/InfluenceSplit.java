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

import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * How much of the overall quantitative measures (quota) and qualitative ones (milestones, ratings)
 * can move: by nominal weight (the shares add up to 1), and by maximum influence in overall points
 * (each measure's nominal share x points range, added up per family).
 */
public final class InfluenceSplit {

    private final Fraction quantitativeWeight;
    private final Fraction qualitativeWeight;
    private final Optional<Fraction> quantitativeInfluence;
    private final Optional<Fraction> qualitativeInfluence;

    /**
     * Checks the parts.
     *
     * @param quantitativeWeight the quota measures' nominal shares added up
     * @param qualitativeWeight the milestone and rating measures' nominal shares added up
     * @param quantitativeInfluence the quota measures' maximum influences added up, or empty if one is unbounded
     * @param qualitativeInfluence the other measures' maximum influences added up, or empty if one is unbounded
     */
    public InfluenceSplit(Fraction quantitativeWeight, Fraction qualitativeWeight,
                          Optional<Fraction> quantitativeInfluence, Optional<Fraction> qualitativeInfluence) {
        Objects.requireNonNull(quantitativeWeight, "quantitativeWeight");
        Objects.requireNonNull(qualitativeWeight, "qualitativeWeight");
        Objects.requireNonNull(quantitativeInfluence, "quantitativeInfluence");
        Objects.requireNonNull(qualitativeInfluence, "qualitativeInfluence");
        this.quantitativeWeight = quantitativeWeight;
        this.qualitativeWeight = qualitativeWeight;
        this.quantitativeInfluence = quantitativeInfluence;
        this.qualitativeInfluence = qualitativeInfluence;
    }

    /**
     * The qualitative measures' part of the total maximum influence.
     *
     * @return qualitative / (quantitative + qualitative influence), or empty if either is unbounded or both are 0
     */
    public Optional<Fraction> qualitativeInfluenceShare() {
        if (quantitativeInfluence.isEmpty() || qualitativeInfluence.isEmpty()) {
            return Optional.empty();
        }
        Fraction total = quantitativeInfluence.get().add(qualitativeInfluence.get());
        return total.signum() == 0 ? Optional.empty() : Optional.of(qualitativeInfluence.get().divide(total));
    }

    /**
     * The quantitative measures' part of the total maximum influence.
     *
     * @return 1 - {@link #qualitativeInfluenceShare()}, or empty when that is empty
     */
    public Optional<Fraction> quantitativeInfluenceShare() {
        return qualitativeInfluenceShare().map(Fraction.ONE::subtract);
    }

    /**
     * Returns the quota measures' nominal shares added up.
     *
     * @return the quota measures' nominal shares added up
     */
    public Fraction quantitativeWeight() {
        return quantitativeWeight;
    }

    /**
     * Returns the milestone and rating measures' nominal shares added up.
     *
     * @return the milestone and rating measures' nominal shares added up
     */
    public Fraction qualitativeWeight() {
        return qualitativeWeight;
    }

    /**
     * Returns the quota measures' maximum influences added up, or empty if one is unbounded.
     *
     * @return the quota measures' maximum influences added up, or empty if one is unbounded
     */
    public Optional<Fraction> quantitativeInfluence() {
        return quantitativeInfluence;
    }

    /**
     * Returns the other measures' maximum influences added up, or empty if one is unbounded.
     *
     * @return the other measures' maximum influences added up, or empty if one is unbounded
     */
    public Optional<Fraction> qualitativeInfluence() {
        return qualitativeInfluence;
    }

    /** Equal to another InfluenceSplit whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof InfluenceSplit other
                && Objects.equals(quantitativeWeight, other.quantitativeWeight)
                && Objects.equals(qualitativeWeight, other.qualitativeWeight)
                && Objects.equals(quantitativeInfluence, other.quantitativeInfluence)
                && Objects.equals(qualitativeInfluence, other.qualitativeInfluence);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(quantitativeWeight, qualitativeWeight, quantitativeInfluence, qualitativeInfluence);
    }

    /** The parts, as {@code InfluenceSplit[part=value, ...]}. */
    @Override
    public String toString() {
        return "InfluenceSplit[quantitativeWeight=" + quantitativeWeight
                + ", qualitativeWeight=" + qualitativeWeight
                + ", quantitativeInfluence=" + quantitativeInfluence
                + ", qualitativeInfluence=" + qualitativeInfluence
                + "]";
    }
}
