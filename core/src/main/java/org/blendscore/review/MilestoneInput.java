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

import java.util.List;

/**
 * A milestone measure's inputs: the credit of every rule that earned points, in declaration order.
 *
 * @param credits the credits of the rules that earned points
 * @param capped whether the total was capped at 100
 */
public record MilestoneInput(List<MilestoneCredit> credits, boolean capped) implements MeasureInput {

    /**
     * Copies the list.
     *
     * @param credits the credits of the rules that earned points
     * @param capped whether the total was capped at 100
     */
    public MilestoneInput {
        credits = List.copyOf(credits);
    }
}
