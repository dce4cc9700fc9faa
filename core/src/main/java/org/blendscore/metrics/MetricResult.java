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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.number.Fraction;

/**
 * A metric's value with its provenance: the records that counted, the good records its definition
 * left out and why, and the bad records left out of it. A metric with no defined value (no deal
 * closed, a forecast of zero) says why instead of pretending to be 0.
 *
 * @param metric the metric's name, such as {@code win rate by count}
 * @param unit how the value is shown and handed to a quota measure
 * @param value the exact value (a share as a ratio, not in percent); empty when undefined
 * @param basis how the value came about, such as {@code 9 won of 29 closed}, or why it is undefined
 * @param counted the ids of the records that counted, in the order given
 * @param excluded the good records the definition left out, and why
 * @param problems the bad records, left out of the metric
 */
public record MetricResult(String metric, MetricUnit unit, Optional<Fraction> value, String basis, List<String> counted,
                           List<Exclusion> excluded, List<RecordProblem> problems) {

    /** Decimal places of the shown value and of the actual handed to a quota measure. */
    public static final int SCALE = 2;

    /**
     * Checks that every part is present and copies the lists.
     *
     * @param metric the metric's name
     * @param unit the unit
     * @param value the exact value; empty when undefined
     * @param basis how the value came about, or why it is undefined
     * @param counted the records that counted
     * @param excluded the records left out, and why
     * @param problems the bad records
     */
    public MetricResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        counted = List.copyOf(counted);
        excluded = List.copyOf(excluded);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the metric has a value.
     *
     * @return false when the definition leaves it undefined (the basis says why)
     */
    public boolean defined() {
        return value.isPresent();
    }

    /**
     * The value in its shown unit (a share in percent), rounded half-even to {@link #SCALE} places.
     *
     * @return the shown value; empty when undefined
     */
    public Optional<BigDecimal> shown() {
        return value.map(v -> (unit == MetricUnit.PERCENT ? v.multiply(Fraction.HUNDRED) : v).toBigDecimal(SCALE));
    }

    /**
     * The evidence of a quota measure fed by this metric: its shown value (a share in percent, so a
     * target of {@code 30} means 30%). A metric below 0 (a forecast accuracy under -100% off, a
     * negative net promoter score) is handed over as 0, since an actual is never negative; its
     * provenance still shows the value. The actual carries the {@link #provenance()} as its
     * {@link ActualBasis}, so that the review's input and {@code explain()} show it under the measure.
     *
     * @return the actual; empty when the metric is undefined, so the measure has no evidence
     */
    public Optional<QuotaActual> asQuotaActual() {
        return shown().map(v -> new QuotaActual(v.signum() < 0 ? BigDecimal.ZERO.setScale(SCALE) : v)
                .withBasis(new ActualBasis(MetricText.basisLine(this))));
    }

    /**
     * The provenance in one line, such as {@code win rate by count 31.03% = 9 won of 29 closed: d-101,
     * d-104, ...; 2 excluded: closed outside the period (d-7, d-9)}. Lists are abbreviated, counts exact.
     *
     * @return the text
     */
    public String provenance() {
        return MetricText.provenance(this);
    }

    /** The provenance. */
    @Override
    public String toString() {
        return provenance();
    }
}
