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
package org.blendscore.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One owner's share of a deal, in percent. A deal's shares must add up to exactly 100; a deal whose
 * shares do not is reported as a bad record by the metrics (never dropped in silence).
 *
 * @param owner the owner's subject id
 * @param percent the owner's share in percent, such as {@code 60}
 */
public record OwnerShare(String owner, BigDecimal percent) {

    /**
     * Checks that both parts are present.
     *
     * @param owner the owner's subject id
     * @param percent the owner's share in percent
     */
    public OwnerShare {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(percent, "percent");
    }

    /**
     * A sole owner, with 100%.
     *
     * @param owner the owner's subject id
     * @return the share
     */
    public static OwnerShare sole(String owner) {
        return new OwnerShare(owner, BigDecimal.valueOf(100));
    }
}
