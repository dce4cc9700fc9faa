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
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Split credit: each rep's part of a shared deal, and each rep's quota actual with the parts listed.
 *
 * <p>A part is the exact product amount x share / 100, rounded down to the cent; the cents still
 * missing to reach the deal's amount go, one each, to the parts with the largest remainders (ties: the
 * rep declared first), the same largest-remainder rule the scorer applies to contributions. So the
 * parts of a deal always add up to the deal to the cent, and the same split always gives the same parts.
 */
public final class SplitCredit {

    private SplitCredit() {
    }

    /**
     * Each rep's part of one deal, in the order the shares were declared.
     *
     * @param deal the split deal
     * @return the parts, one per share, adding up to the deal's amount exactly
     */
    public static List<CreditPart> apportion(DealSplit deal) {
        Objects.requireNonNull(deal, "deal");
        List<Share> shares = deal.shares();
        int n = shares.size();
        BigInteger[] cents = new BigInteger[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigInteger floorSum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            // exact: amount (cents at most) x percent / 100, in cents
            BigDecimal exactCents = deal.amount().multiply(shares.get(i).percent());
            BigDecimal floor = exactCents.setScale(0, RoundingMode.FLOOR);
            cents[i] = floor.toBigIntegerExact();
            remainders[i] = exactCents.subtract(floor);
            floorSum = floorSum.add(cents[i]);
        }
        int deficit = deal.amount().movePointRight(2).toBigIntegerExact().subtract(floorSum).intValueExact();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        // List.sort is stable: among equal remainders the rep declared first comes first
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < deficit; k++) {
            int i = order.get(k);
            cents[i] = cents[i].add(BigInteger.ONE);
        }
        List<CreditPart> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Share s = shares.get(i);
            parts.add(new CreditPart(deal.dealId(), s.repId(), s.percent(), deal.amount(), new BigDecimal(cents[i], 2)));
        }
        return List.copyOf(parts);
    }

    /**
     * Each rep's quota actual: the rep's own (unshared) actual plus the rep's parts of the split deals.
     *
     * @param ownActuals every rep of the team with the actual of the deals the rep closed alone (0 for
     *     none), in the order the result lists them
     * @param deals the split deals; each names reps of {@code ownActuals} only, and no deal id twice
     * @return each rep's credited actual, in the order of {@code ownActuals}
     * @throws IllegalArgumentException when a deal names a rep that is not in {@code ownActuals}, a deal
     *     id repeats, or an own actual is negative
     */
    public static Map<String, CreditedActual> credit(Map<String, BigDecimal> ownActuals, List<DealSplit> deals) {
        Objects.requireNonNull(ownActuals, "ownActuals");
        Objects.requireNonNull(deals, "deals");
        Map<String, List<CreditPart>> partsByRep = new LinkedHashMap<>();
        ownActuals.forEach((rep, own) -> {
            if (Objects.requireNonNull(own, "ownActuals[" + rep + "]").signum() < 0) {
                throw new IllegalArgumentException(TeamMessages.negativeOwnActual(rep, own));
            }
            partsByRep.put(rep, new ArrayList<>());
        });
        List<String> seen = new ArrayList<>();
        for (DealSplit deal : deals) {
            if (seen.contains(deal.dealId())) {
                throw new IllegalArgumentException(TeamMessages.dealTwice(deal.dealId()));
            }
            seen.add(deal.dealId());
            for (CreditPart part : apportion(deal)) {
                List<CreditPart> of = partsByRep.get(part.repId());
                if (of == null) {
                    throw new IllegalArgumentException(TeamMessages.unknownRep(deal.dealId(), part.repId(), ownActuals.keySet()));
                }
                of.add(part);
            }
        }
        Map<String, CreditedActual> result = new LinkedHashMap<>();
        partsByRep.forEach((rep, parts) -> result.put(rep, new CreditedActual(rep, ownActuals.get(rep), parts)));
        return java.util.Collections.unmodifiableMap(result);
    }
}
