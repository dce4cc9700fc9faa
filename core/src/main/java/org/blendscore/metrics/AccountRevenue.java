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
import java.time.YearMonth;
import java.util.Objects;

/**
 * An account's revenue in one month. A month an account is absent from counts as 0.
 *
 * @param account the account's id
 * @param owner the subject id of the seller who owns the account
 * @param month the month
 * @param revenue the revenue in that month; a negative revenue is reported as a bad record
 */
public record AccountRevenue(String account, String owner, YearMonth month, BigDecimal revenue) {

    /**
     * Checks that every part is present.
     *
     * @param account the account's id
     * @param owner the seller who owns the account
     * @param month the month
     * @param revenue the revenue in that month
     */
    public AccountRevenue {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(owner, () -> MetricMessages.part("owner", "account", account));
        Objects.requireNonNull(month, () -> MetricMessages.part("month", "account", account));
        Objects.requireNonNull(revenue, () -> MetricMessages.part("revenue", "account", account + "@" + month));
    }

    /**
     * An account's revenue from text.
     *
     * @param account the account's id
     * @param owner the seller who owns it
     * @param month the month, such as {@code 2026-01}
     * @param revenue the revenue, as decimal text
     * @return the record
     */
    public static AccountRevenue of(String account, String owner, String month, String revenue) {
        return new AccountRevenue(account, owner, YearMonth.parse(month), new BigDecimal(revenue));
    }

    /** The record's id in provenance and problems: {@code account@month}. */
    String id() {
        return account + "@" + month;
    }
}
