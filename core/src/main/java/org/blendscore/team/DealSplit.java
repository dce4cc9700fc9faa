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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One deal whose credit is shared among several reps. Checked when built: the amount is not negative
 * and has at most 2 decimals (cents), every share is above 0, no rep is named twice, and the shares
 * add up to exactly 100%; an error names the deal and the shares.
 *
 * @param dealId the deal, as the review shows it; not blank
 * @param amount the deal's amount, in cents at most
 * @param shares the reps' shares, in the order they were declared (ties in apportionment go to the
 *     rep declared first)
 */
public record DealSplit(String dealId, BigDecimal amount, List<Share> shares) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the deal and copies the shares.
     *
     * @param dealId the deal, as the review shows it; not blank
     * @param amount the deal's amount, in cents at most
     * @param shares the reps' shares, in declaration order
     */
    public DealSplit {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(amount, "amount");
        shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
        if (dealId.isBlank()) {
            throw new IllegalArgumentException(TeamMessages.blankDealId());
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(TeamMessages.badAmount(dealId, amount));
        }
        if (shares.isEmpty()) {
            throw new IllegalArgumentException(TeamMessages.noShares(dealId));
        }
        Set<String> reps = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Share s : shares) {
            if (s.repId().isBlank() || !reps.add(s.repId())) {
                throw new IllegalArgumentException(TeamMessages.repNotDistinct(dealId, s.repId(), shares));
            }
            if (s.percent().signum() <= 0) {
                throw new IllegalArgumentException(TeamMessages.shareNotPositive(dealId, s, shares));
            }
            sum = sum.add(s.percent());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException(TeamMessages.sharesNotHundred(dealId, sum, shares));
        }
    }

    /**
     * A split deal from decimal text.
     *
     * @param dealId the deal
     * @param amount the amount, such as {@code "250000"}
     * @param shares the reps' shares, in declaration order
     * @return the split deal
     */
    public static DealSplit of(String dealId, String amount, Share... shares) {
        return new DealSplit(dealId, new BigDecimal(amount), List.of(shares));
    }
}
