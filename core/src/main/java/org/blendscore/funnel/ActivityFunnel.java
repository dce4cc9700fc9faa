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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.number.Fraction;

/**
 * A sales funnel: ordered activities with their conversion rates and the average deal size.
 *
 * <pre>{@code
 * ActivityFunnel funnel = ActivityFunnel.of(new BigDecimal("25000"),
 *     FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"), FunnelStage.of("commitments", "0.80"));
 * ActivityPlan plan = funnel.plan(new BigDecimal("1000000"), 50);   // 40 deals, 50 commitments, 200 pitches, 2000 calls
 * }</pre>
 *
 * <p>Working back from the quota, each stage's count is the next stage's count divided by the
 * stage's conversion, rounded up to a whole activity; per-week counts are the period's count divided
 * by the weeks, rounded up; all of it in exact fractions. The reverse, {@link #expectedBookings}, is
 * exact where the decimals terminate (and to 34 significant digits where a rate such as a third
 * makes them repeat).
 *
 * @param averageDealSize the average won deal; positive
 * @param stages the activities from the top of the funnel down; at least one
 */
public record ActivityFunnel(BigDecimal averageDealSize, List<FunnelStage> stages) {

    /**
     * Checks the funnel.
     *
     * @param averageDealSize the average won deal; positive
     * @param stages the activities from the top of the funnel down; at least one
     * @throws IllegalArgumentException for a deal size that is not positive, no stage, or a repeated activity
     */
    public ActivityFunnel {
        Objects.requireNonNull(averageDealSize, "averageDealSize");
        stages = FunnelMessages.copyOf(stages, "stages");
        if (!NumberLimits.allows(averageDealSize)) {
            throw new IllegalArgumentException(NumberLimits.message("averageDealSize", averageDealSize));
        }
        if (averageDealSize.signum() <= 0) {
            throw new IllegalArgumentException(FunnelMessages.dealSizeNotPositive(averageDealSize));
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(FunnelMessages.noStages());
        }
        if (stages.stream().map(FunnelStage::activity).distinct().count() != stages.size()) {
            throw new IllegalArgumentException(FunnelMessages.activitiesNotDistinct(stages.stream().map(FunnelStage::activity).toList()));
        }
    }

    /**
     * A funnel from stages given top first.
     *
     * @param averageDealSize the average won deal
     * @param stages the stages
     * @return the funnel
     */
    public static ActivityFunnel of(BigDecimal averageDealSize, FunnelStage... stages) {
        return new ActivityFunnel(averageDealSize, List.of(stages));
    }

    /**
     * The activities a quota needs over a period of {@code weeks} weeks.
     *
     * @param quota the bookings to reach; not negative
     * @param weeks the weeks in the period; at least 1
     * @return the plan
     * @throws IllegalArgumentException for a negative quota or fewer than one week
     */
    public ActivityPlan plan(BigDecimal quota, int weeks) {
        Objects.requireNonNull(quota, "quota");
        if (!NumberLimits.allows(quota)) {
            throw new IllegalArgumentException(NumberLimits.message("quota", quota));
        }
        if (quota.signum() < 0) {
            throw new IllegalArgumentException(FunnelMessages.negativeQuota(quota));
        }
        if (weeks < 1) {
            throw new IllegalArgumentException(FunnelMessages.tooFewWeeks(weeks));
        }
        // exact: each count is the next one over the stage's share, rounded up to a whole activity
        BigInteger needed = ceiling(Fraction.of(quota).divide(Fraction.of(averageDealSize)));
        long deals = count(needed, quota);
        List<ActivityPlan.Activity> activities = new ArrayList<>();
        Fraction perWeek = Fraction.of(weeks);
        for (int i = stages.size() - 1; i >= 0; i--) {
            FunnelStage s = stages.get(i);
            needed = ceiling(Fraction.of(needed, BigInteger.ONE).divide(s.share()));
            long weekly = count(ceiling(Fraction.of(needed, BigInteger.ONE).divide(perWeek)), quota);
            activities.add(0, new ActivityPlan.Activity(s.activity(), count(needed, quota), weekly));
        }
        return new ActivityPlan(quota, averageDealSize, deals, weeks, activities);
    }

    /**
     * The bookings to expect from planned activities at the top of the funnel, and what each stage
     * is expected to yield on the way (exact where the decimals terminate).
     *
     * @param plannedTopActivities how many of the first stage's activity are planned
     * @return the expected count of every later stage and {@code won} deals and {@code bookings}, in order
     */
    public Map<String, BigDecimal> expectedBookings(long plannedTopActivities) {
        if (plannedTopActivities < 0) {
            throw new IllegalArgumentException(FunnelMessages.negativePlanned(stages.get(0).activity(), plannedTopActivities));
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Fraction count = Fraction.of(plannedTopActivities);
        out.put(stages.get(0).activity(), decimal(count));
        for (int i = 0; i < stages.size(); i++) {
            count = count.multiply(stages.get(i).share());
            out.put(i + 1 < stages.size() ? stages.get(i + 1).activity() : "won", decimal(count));
        }
        out.put("bookings", decimal(count.multiply(Fraction.of(averageDealSize))));
        return out;
    }

    /** A count of a plan, which must fit a long: a quota that needs more deals or activities than that is refused. */
    private static long count(BigInteger n, BigDecimal quota) {
        if (n.bitLength() > 63) {
            throw new IllegalArgumentException(FunnelMessages.planTooLarge(quota, n));
        }
        return n.longValue();
    }

    /** A non-negative fraction rounded up to a whole number. */
    private static BigInteger ceiling(Fraction f) {
        BigInteger[] qr = f.numerator().divideAndRemainder(f.denominator());
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Exact where the decimal terminates, else to 34 significant digits. */
    static BigDecimal decimal(Fraction f) {
        return f.toExactDecimal().orElseGet(() -> new BigDecimal(f.numerator())
                .divide(new BigDecimal(f.denominator()), java.math.MathContext.DECIMAL128));
    }

}
