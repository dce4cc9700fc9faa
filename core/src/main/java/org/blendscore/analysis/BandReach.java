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

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether any evidence can put a review in a band.
 *
 * @param label the band label
 * @param lowerBound the band's lower bound
 * @param unreachableBecause why no evidence can reach the band; empty when some may
 */
public record BandReach(String label, BigDecimal lowerBound, Optional<String> unreachableBecause) {

    /**
     * Checks the parts.
     *
     * @param label the band label
     * @param lowerBound the band's lower bound
     * @param unreachableBecause why no evidence can reach the band; empty when some may
     */
    public BandReach {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(unreachableBecause, "unreachableBecause");
    }

    /**
     * Whether some evidence may reach the band. The analysis treats the overall as able to take any
     * value between its lowest and highest, so a band found reachable may still lie between the
     * few overalls that a rubric of milestones alone can give.
     *
     * @return true unless the band is shown unreachable
     */
    public boolean isReachable() {
        return unreachableBecause.isEmpty();
    }
}
