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
 * One rep's share of a split deal, in percent.
 *
 * @param repId the rep credited; not blank
 * @param percent the share in percent, greater than 0 and at most 100
 */
public record Share(String repId, BigDecimal percent) {

    /**
     * Checks that the parts are present.
     *
     * @param repId the rep credited; not blank
     * @param percent the share in percent, greater than 0 and at most 100
     */
    public Share {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(percent, "percent");
    }

    /**
     * A share from decimal text.
     *
     * @param repId the rep credited
     * @param percent the share in percent, such as {@code "40"}
     * @return the share
     */
    public static Share of(String repId, String percent) {
        return new Share(repId, new BigDecimal(percent));
    }
}
