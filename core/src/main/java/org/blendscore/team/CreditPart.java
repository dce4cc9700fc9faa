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
 * One rep's part of a split deal, in cents: the exact share of the amount, apportioned so that the
 * parts of a deal add up to it.
 *
 * @param dealId the deal
 * @param repId the rep credited
 * @param percent the rep's share in percent
 * @param dealAmount the deal's whole amount
 * @param part the rep's part, at 2 decimals
 */
public record CreditPart(String dealId, String repId, BigDecimal percent, BigDecimal dealAmount, BigDecimal part) {

    /**
     * Checks that the parts are present.
     *
     * @param dealId the deal
     * @param repId the rep credited
     * @param percent the rep's share in percent
     * @param dealAmount the deal's whole amount
     * @param part the rep's part, at 2 decimals
     */
    public CreditPart {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(dealAmount, "dealAmount");
        Objects.requireNonNull(part, "part");
    }

    /**
     * The part as a reader checks it: {@code d-7: 40% of 250000.00 = 100000.00}.
     *
     * @return the part in one line
     */
    public String explain() {
        return dealId + ": " + percent.stripTrailingZeros().toPlainString() + "% of " + dealAmount.setScale(2).toPlainString()
                + " = " + part.toPlainString();
    }
}
