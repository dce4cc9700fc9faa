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
package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a rubric turns each quota measure's base target into the subject's effective target, so that
 * expectations reflect the territory, the role, the season, the time actually worked and events
 * outside the subject's control.
 *
 * <p>The base target is the target for the rubric's whole effective period. For one subject and
 * review period, the effective target is
 * <pre>
 *   base target x (each factor the measure names) x time share - target relief
 * </pre>
 * and the effective actual is {@code actual + actual relief}. The time share is the sum, over the
 * days of the review period on which the subject was in the role and not on leave, of each day's
 * share of the period target (by season weights when declared, spread over calendar or working
 * days) times the ramp percentage of the day's tenure month. Rate targets (such as days or a
 * percentage) are not spread over time: their time share is 1. A prorated count target may be a
 * fraction of a count (1,172.6 calls): it is kept exact, since rounding it would make a period and its
 * complementary part no longer add up to the whole. Relief moves the actual or the
 * target in the subject's favour only, and its total is capped at {@code reliefCapPercent} of the
 * target before relief. Every step is shown in the review.
 *
 * @param factors the adjustment factors that quota measures may name
 * @param proration whether days count as calendar or working days
 * @param calendar the working-day calendar, used with {@link ProrationBasis#WORKING_DAYS}
 * @param ramp the ramp schedule for new hires, if any
 * @param seasonality the split of the period target across sub-periods, if any
 * @param reliefCapPercent the most relief a measure may receive, percent of its target before relief
 * @param pacingAlertAfter how many consecutive check-ins behind the expected target to date raise a warning
 */
public record TargetRules(List<@Valid @NotNull TargetFactor> factors, @NotNull ProrationBasis proration,
                          @Valid @NotNull WorkCalendar calendar, Optional<@Valid RampSchedule> ramp,
                          Optional<@Valid Seasonality> seasonality, Optional<BigDecimal> reliefCapPercent,
                          @Min(1) int pacingAlertAfter) {

    /**
     * Copies the factors and checks that the parts are present.
     *
     * @param factors the adjustment factors that quota measures may name
     * @param proration whether days count as calendar or working days
     * @param calendar the working-day calendar, used with {@link ProrationBasis#WORKING_DAYS}
     * @param ramp the ramp schedule for new hires, if any
     * @param seasonality the split of the period target across sub-periods, if any
     * @param reliefCapPercent the most relief a measure may receive, percent of its target before relief
     * @param pacingAlertAfter how many consecutive check-ins behind the expected target to date raise a warning
     */
    public TargetRules {
        factors = Copies.list(factors, "factors", () -> "TargetRules");
        Objects.requireNonNull(proration, "proration");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(ramp, "ramp");
        Objects.requireNonNull(seasonality, "seasonality");
        Objects.requireNonNull(reliefCapPercent, "reliefCapPercent");
    }

    /**
     * No factors, calendar-day proration, no ramp, no seasonality, no relief cap, a pacing alert
     * after 3 check-ins: the effective target is the base target for a subject who worked the
     * whole period.
     *
     * @return the default rules
     */
    public static TargetRules none() {
        return new TargetRules(List.of(), ProrationBasis.CALENDAR_DAYS, WorkCalendar.weekdays(), Optional.empty(),
                Optional.empty(), Optional.empty(), 3);
    }

    /**
     * The factor with this name.
     *
     * @param name a factor name
     * @return the factor, or empty
     */
    public Optional<TargetFactor> factor(String name) {
        return factors.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
