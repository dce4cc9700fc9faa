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
package org.blendscore.team;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One member's part in a team rollup.
 *
 * @param subjectId the member
 * @param overall the member's overall score
 * @param weight the member's weight in the rollup: 1, or the member's quota target when weighted by quota
 */
public record MemberScore(String subjectId, BigDecimal overall, BigDecimal weight) {

    /**
     * Checks that the parts are present.
     *
     * @param subjectId the member
     * @param overall the member's overall score
     * @param weight the member's weight in the rollup
     */
    public MemberScore {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(weight, "weight");
    }
}
