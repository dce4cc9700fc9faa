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
 *
 * @param id the milestone, ladder or counted milestone id
 * @param detail what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}
 * @param points the points credited, at the rubric's scale
 */
public record MilestoneCredit(String id, String detail, BigDecimal points) {

    /**
     * Checks that the parts are present.
     *
     * @param id the milestone, ladder or counted milestone id
     * @param detail what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}
     * @param points the points credited, at the rubric's scale
     */
    public MilestoneCredit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(points, "points");
    }
}
