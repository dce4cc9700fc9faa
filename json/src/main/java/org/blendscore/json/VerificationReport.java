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
package org.blendscore.json;

import java.util.List;

/**
 * What running a rubric's verification cases found.
 *
 * @param cases       how many cases were run
 * @param differences every difference of every case, in case order; empty when all cases pass
 */
public record VerificationReport(int cases, List<Difference> differences) {

    /**
     * Copies the differences.
     *
     * @param cases       how many cases were run
     * @param differences every difference
     */
    public VerificationReport {
        if (cases < 0) {
            throw new IllegalArgumentException("cases must not be negative, was " + cases);
        }
        differences = List.copyOf(differences);
    }

    /**
     * Whether every case gave the review it expects.
     *
     * @return whether there is no difference
     */
    public boolean passed() {
        return differences.isEmpty();
    }

    /**
     * How many cases had at least one difference.
     *
     * @return the number of failed cases
     */
    public long failedCases() {
        return differences.stream().map(Difference::caseId).distinct().count();
    }

    /**
     * The report as text: a summary line, then one line per difference.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(cases).append(cases == 1 ? " case, " : " cases, ").append(failedCases()).append(" failed");
        for (Difference d : differences) {
            out.append("\n  ").append(d);
        }
        return out.toString();
    }
}
