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
 *
 * @param quantitativeWeight the quota measures' nominal shares added up
 * @param qualitativeWeight the milestone and rating measures' nominal shares added up
 * @param quantitativeInfluence the quota measures' maximum influences added up, or empty if one is unbounded
 * @param qualitativeInfluence the other measures' maximum influences added up, or empty if one is unbounded
 */
public record InfluenceSplit(Fraction quantitativeWeight, Fraction qualitativeWeight, Optional<Fraction> quantitativeInfluence,
                             Optional<Fraction> qualitativeInfluence) {

    /**
     * Checks the parts.
     *
     * @param quantitativeWeight the quota measures' nominal shares added up
     * @param qualitativeWeight the milestone and rating measures' nominal shares added up
     * @param quantitativeInfluence the quota measures' maximum influences added up, or empty if one is unbounded
     * @param qualitativeInfluence the other measures' maximum influences added up, or empty if one is unbounded
     */
    public InfluenceSplit {
        Objects.requireNonNull(quantitativeWeight, "quantitativeWeight");
        Objects.requireNonNull(qualitativeWeight, "qualitativeWeight");
        Objects.requireNonNull(quantitativeInfluence, "quantitativeInfluence");
        Objects.requireNonNull(qualitativeInfluence, "qualitativeInfluence");
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
}
