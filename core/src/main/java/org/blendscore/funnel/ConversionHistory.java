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
package org.blendscore.funnel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendscore.number.Fraction;

/**
 * A team's historical funnel records, one per rep: how many of each activity, and the deals won.
 * Each rep's conversion rate of a stage is the next stage's count over the stage's count; across
 * the team, the bottom, middle and top performers' rates are the first quartile, the median and the
 * third quartile of those rates (linear interpolation between order statistics, the method of
 * Excel's QUARTILE.INC and R's type 7), so that targets are grounded in what reps really achieved.
 *
 * @param activities the funnel's activities, top first
 * @param records each rep's counts by activity, plus {@code won}
 */
public record ConversionHistory(List<String> activities, List<Map<String, Long>> records) {

    /** Which performers' rates to use. */
    public enum Tier {
        /** The first quartile of each stage's rates. */
        BOTTOM(new BigDecimal("0.25")),
        /** The median of each stage's rates. */
        MIDDLE(new BigDecimal("0.5")),
        /** The third quartile of each stage's rates. */
        TOP(new BigDecimal("0.75"));

        private final BigDecimal p;

        Tier(BigDecimal p) {
            this.p = p;
        }
    }

    /**
     * Copies and checks the records.
     *
     * @param activities the funnel's activities, top first
     * @param records each rep's counts by activity, plus {@code won}
     * @throws IllegalArgumentException for no activity, no record, or a record missing a count or with a negative one
     */
    public ConversionHistory {
        activities = FunnelMessages.copyOf(activities, "activities");
        records = FunnelMessages.copyOf(records, "records");
        for (int i = 0; i < records.size(); i++) {
            for (Map.Entry<String, Long> e : records.get(i).entrySet()) {
                if (e.getKey() == null) {
                    throw new NullPointerException(FunnelMessages.nullPart("records[" + i + "] key"));
                }
            }
        }
        records = records.stream().map(Map::copyOf).toList();
        if (activities.isEmpty() || records.isEmpty()) {
            throw new IllegalArgumentException(FunnelMessages.emptyHistory());
        }
        for (int i = 0; i < records.size(); i++) {
            for (String a : names(activities)) {
                Long n = records.get(i).get(a);
                if (n == null || n < 0) {
                    throw new IllegalArgumentException(FunnelMessages.badCount(i, a, n));
                }
            }
        }
    }

    private static List<String> names(List<String> activities) {
        List<String> all = new ArrayList<>(activities);
        all.add("won");
        return all;
    }

    /**
     * Each stage's rate at a performance tier, for records where the stage had any activity.
     *
     * @param tier bottom, middle or top performers
     * @return the rates, one per activity, rounded half-even to 6 places for display (funnels use them exactly)
     * @throws IllegalArgumentException if no record had activity at some stage
     */
    public List<BigDecimal> rates(Tier tier) {
        return exactRates(Objects.requireNonNull(tier, "tier")).stream().map(r -> r.toBigDecimal(6)).toList();
    }

    private List<Fraction> exactRates(Tier tier) {
        List<String> all = names(activities);
        List<Fraction> out = new ArrayList<>();
        for (int s = 0; s < activities.size(); s++) {
            List<Fraction> rates = new ArrayList<>();
            for (Map<String, Long> r : records) {
                long from = r.get(all.get(s));
                if (from > 0) {
                    rates.add(Fraction.of(r.get(all.get(s + 1)), from));
                }
            }
            if (rates.isEmpty()) {
                throw new IllegalArgumentException(FunnelMessages.unknownConversion(all.get(s)));
            }
            out.add(quantile(rates, tier.p));
        }
        return out;
    }

    /**
     * A funnel with a tier's exact rates (a rep who converted 1 of 3 gives exactly a third).
     *
     * @param tier bottom, middle or top performers
     * @param averageDealSize the average won deal
     * @return the funnel
     */
    public ActivityFunnel funnel(Tier tier, BigDecimal averageDealSize) {
        List<Fraction> rates = exactRates(Objects.requireNonNull(tier, "tier"));
        List<FunnelStage> stages = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Fraction rate = rates.get(i);
            if (rate.signum() == 0) {
                throw new IllegalArgumentException(FunnelMessages.noConversion(tier.name().toLowerCase(java.util.Locale.ROOT),
                        activities.get(i)));
            }
            rate = rate.min(Fraction.ONE);
            stages.add(new FunnelStage(activities.get(i), rate.numerator(), rate.denominator()));
        }
        return new ActivityFunnel(averageDealSize, stages);
    }

    static Fraction quantile(List<Fraction> values, BigDecimal p) {
        List<Fraction> sorted = values.stream().sorted().toList();
        Fraction h = Fraction.of(p).multiply(Fraction.of(sorted.size() - 1));
        int lo = h.numerator().divide(h.denominator()).intValueExact();
        Fraction frac = h.subtract(Fraction.of(lo));
        if (lo + 1 >= sorted.size()) {
            return sorted.get(lo);
        }
        return sorted.get(lo).add(frac.multiply(sorted.get(lo + 1).subtract(sorted.get(lo))));
    }
}
