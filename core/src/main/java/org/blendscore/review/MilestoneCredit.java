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

/**
 * The points one milestone rule credited.
 */
public final class MilestoneCredit {

    private final String id;
    private final String detail;
    private final BigDecimal points;

    /**
     * Checks that the parts are present.
     *
     * @param id the milestone, ladder or counted milestone id
     * @param detail what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}
     * @param points the points credited, at the rubric's scale
     */
    public MilestoneCredit(String id, String detail, BigDecimal points) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(points, "points");
        this.id = id;
        this.detail = detail;
        this.points = points;
    }

    /**
     * Returns the milestone, ladder or counted milestone id.
     *
     * @return the milestone, ladder or counted milestone id
     */
    public String id() {
        return id;
    }

    /**
     * Returns what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}.
     *
     * @return what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns the points credited, at the rubric's scale.
     *
     * @return the points credited, at the rubric's scale
     */
    public BigDecimal points() {
        return points;
    }

    /** Equal to another MilestoneCredit whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MilestoneCredit other
                && Objects.equals(id, other.id)
                && Objects.equals(detail, other.detail)
                && Objects.equals(points, other.points);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(id, detail, points);
    }

    /** The parts, as {@code MilestoneCredit[part=value, ...]}. */
    @Override
    public String toString() {
        return "MilestoneCredit[id=" + id
                + ", detail=" + detail
                + ", points=" + points
                + "]";
    }
}
