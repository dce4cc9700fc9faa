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

import java.util.Objects;
import java.util.List;

/**
 * A milestone measure's inputs: the credit of every rule that earned points, in declaration order.
 */
public final class MilestoneInput implements MeasureInput {

    private final List<MilestoneCredit> credits;
    private final boolean capped;

    /**
     * Copies the list.
     *
     * @param credits the credits of the rules that earned points
     * @param capped whether the total was capped at 100
     */
    public MilestoneInput(List<MilestoneCredit> credits, boolean capped) {
        credits = List.copyOf(credits);
        this.credits = credits;
        this.capped = capped;
    }

    /**
     * Returns the credits of the rules that earned points.
     *
     * @return the credits of the rules that earned points
     */
    public List<MilestoneCredit> credits() {
        return credits;
    }

    /**
     * Returns whether the total was capped at 100.
     *
     * @return whether the total was capped at 100
     */
    public boolean capped() {
        return capped;
    }

    /** Equal to another MilestoneInput whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MilestoneInput other
                && Objects.equals(credits, other.credits)
                && capped == other.capped;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(credits, capped);
    }

    /** The parts, as {@code MilestoneInput[part=value, ...]}. */
    @Override
    public String toString() {
        return "MilestoneInput[credits=" + credits
                + ", capped=" + capped
                + "]";
    }
}
