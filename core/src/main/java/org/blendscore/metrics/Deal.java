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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deal (opportunity). Its parts are checked for presence here; what makes a deal bad (closed
 * before created, a negative amount, an unknown owner, shares that do not add up to 100%, a closed
 * outcome without a closing day) is reported by the metrics, naming the deal's id and the field.
 *
 * @param id the deal's id, such as {@code d-101}
 * @param owners the owners with their shares in percent; at least one
 * @param amount the deal's value
 * @param created the day the opportunity was created
 * @param closed the day it closed; empty while open
 * @param stages the stages it entered, in any order
 * @param outcome open, won or lost
 * @param forecast its forecast category and amount as of the period's start; empty if it had none
 */
public record Deal(String id, List<OwnerShare> owners, BigDecimal amount, LocalDate created, Optional<LocalDate> closed,
                   List<StageChange> stages, DealOutcome outcome, Optional<ForecastCall> forecast) {

    /**
     * Checks that every part is present and copies the lists.
     *
     * @param id the deal's id
     * @param owners the owners with their shares
     * @param amount the deal's value
     * @param created the day the opportunity was created
     * @param closed the day it closed; empty while open
     * @param stages the stages it entered
     * @param outcome open, won or lost
     * @param forecast its forecast as of the period's start
     */
    public Deal {
        Objects.requireNonNull(id, "id");
        owners = MetricMessages.copyOf(owners, "owners", id);
        Objects.requireNonNull(amount, () -> MetricMessages.part("amount", "deal", id));
        Objects.requireNonNull(created, () -> MetricMessages.part("created", "deal", id));
        Objects.requireNonNull(closed, () -> MetricMessages.part("closed", "deal", id));
        stages = MetricMessages.copyOf(stages, "stages", id);
        Objects.requireNonNull(outcome, () -> MetricMessages.part("outcome", "deal", id));
        Objects.requireNonNull(forecast, () -> MetricMessages.part("forecast", "deal", id));
    }

    /**
     * A won deal with one owner, no stages and no forecast.
     *
     * @param id the deal's id
     * @param owner the sole owner
     * @param amount the deal's value, as decimal text
     * @param created the day it was created, ISO
     * @param closed the day it closed, ISO
     * @return the deal
     */
    public static Deal won(String id, String owner, String amount, String created, String closed) {
        return closed(id, owner, amount, created, closed, DealOutcome.WON);
    }

    /**
     * A lost deal with one owner, no stages and no forecast.
     *
     * @param id the deal's id
     * @param owner the sole owner
     * @param amount the deal's value, as decimal text
     * @param created the day it was created, ISO
     * @param closed the day it closed, ISO
     * @return the deal
     */
    public static Deal lost(String id, String owner, String amount, String created, String closed) {
        return closed(id, owner, amount, created, closed, DealOutcome.LOST);
    }

    /**
     * An open deal with one owner, no stages and no forecast.
     *
     * @param id the deal's id
     * @param owner the sole owner
     * @param amount the deal's value, as decimal text
     * @param created the day it was created, ISO
     * @return the deal
     */
    public static Deal open(String id, String owner, String amount, String created) {
        return new Deal(id, List.of(OwnerShare.sole(owner)), new BigDecimal(amount), LocalDate.parse(created),
                Optional.empty(), List.of(), DealOutcome.OPEN, Optional.empty());
    }

    private static Deal closed(String id, String owner, String amount, String created, String closed, DealOutcome outcome) {
        return new Deal(id, List.of(OwnerShare.sole(owner)), new BigDecimal(amount), LocalDate.parse(created),
                Optional.of(LocalDate.parse(closed)), List.of(), outcome, Optional.empty());
    }

    /**
     * A copy with these owners.
     *
     * @param shares the owners with their shares
     * @return the copy
     */
    public Deal withOwners(OwnerShare... shares) {
        return new Deal(id, List.of(shares), amount, created, closed, stages, outcome, forecast);
    }

    /**
     * A copy with these stage changes.
     *
     * @param changes the stages entered
     * @return the copy
     */
    public Deal withStages(StageChange... changes) {
        return new Deal(id, owners, amount, created, closed, List.of(changes), outcome, forecast);
    }

    /**
     * A copy with this forecast as of the period's start.
     *
     * @param call the forecast
     * @return the copy
     */
    public Deal withForecast(ForecastCall call) {
        return new Deal(id, owners, amount, created, closed, stages, outcome, Optional.of(call));
    }

    /**
     * Whether the deal is won or lost.
     *
     * @return true unless open
     */
    public boolean isClosed() {
        return outcome != DealOutcome.OPEN;
    }
}
