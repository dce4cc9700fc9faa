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

import java.math.BigDecimal;

/** The texts of a rubric's declared fairness rules: their problems and their descriptions, one named factory each. */
final class FairnessRuleMessages {

    private FairnessRuleMessages() {
    }

    /** A cliff limit below 0. */
    static String cliffLimitNegative(BigDecimal limit) {
        return RubricMessages.negative("cliff limit", limit);
    }

    /** A share limit outside 0..100%. */
    static String shareLimitOutOfRange(BigDecimal limit) {
        return "share limit is " + limit.toPlainString() + "%, allowed 0 to 100";
    }

    /** The rule that every curve is non-decreasing, in words. */
    static String curvesNonDecreasing() {
        return "curves non-decreasing";
    }

    /** The rule that no tier table has a gap, in words. */
    static String noTierGaps() {
        return "no tier gaps";
    }

    /** The least qualitative share, in words. */
    static String minQualitativeShare(String limit) {
        return "qualitative share at least " + limit + "%";
    }

    /** The largest share of one measure, in words. */
    static String maxMeasureShare(String limit) {
        return "no measure above " + limit + "% of the overall";
    }

    /** The largest cliff, in words. */
    static String maxCliff(String limit) {
        return "no cliff above " + limit + " overall points";
    }

    /** The largest withholding gain, in words. */
    static String maxWithholdingGain(String limit) {
        return "no withholding gain above " + limit + " overall points";
    }

    /** A withholding limit below 0. */
    static String withholdingLimitNegative(BigDecimal limit) {
        return RubricMessages.negative("withholding gain limit", limit);
    }
}
