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
package org.blendscore.dsl;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.blendscore.rubric.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A null, or a describing function that returns null, is named at once: never a bare NullPointerException. */
class NullArgumentsTest {

    private static final DateRange YEAR = RubricDslTest.YEAR;
    private static final RubricStep BODY = rubric("r").version("1").effective(YEAR);

    private static void fails(String message, Executable call) {
        assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void theStagedStartNamesANullIdVersionOrEffectivePeriod() {
        fails("rubric id is null; a value is required", () -> rubric(null));
        fails("version of rubric 'r' is null; a value is required", () -> rubric("r").version(null));
        fails("effective period of rubric 'r' is null; a value is required", () -> rubric("r").version("1").effective(null));
        fails("last effective day of rubric 'r' is null; a value is required",
                () -> rubric("r").version("1").effective(LocalDate.of(2026, 1, 1), null));
        fails("rubric id is null; a value is required", () -> BODY.id(null));
    }

    @Test
    void aSectionWithoutAFunctionOrWhoseFunctionReturnsNullIsNamed() {
        fails("the function describing section 'C' is null; a value is required", () -> BODY.section("C", 10, null));
        fails("the function describing section 'C' returned null; it must return the step it was given, or a step made from it",
                () -> BODY.section("C", 10, s -> null));
        fails("section name is null; a value is required", () -> BODY.section(null, 10, s -> s));
        fails("weight of section C is null; a value is required", () -> BODY.section("C", (BigDecimal) null, s -> s));
    }

    @Test
    void aMeasureWhoseFunctionReturnsNullIsNamed() {
        String tail = " returned null; it must return the step it was given, or a step made from it";
        fails("the function describing measure 'q'" + tail, () -> BODY.section("C", 100, s -> s.quota("q", 100, q -> null)));
        fails("the function describing measure 'm'" + tail, () -> BODY.section("C", 100, s -> s.milestones("m", 100, m -> null)));
        fails("the function describing measure 'r'" + tail, () -> BODY.section("C", 100, s -> s.rating("r", 100, r -> null)));
        fails("the function describing stage ladder 'l'" + tail,
                () -> BODY.section("C", 100, s -> s.milestones("m", 100, m -> m.stages("l", l -> null))));
        fails("the function describing the target rules" + tail, () -> BODY.targets(t -> null));
        fails("the function describing the fairness rules" + tail, () -> BODY.fairness((UnaryOperator<FairnessStep>) f -> null));
        fails("measure id is null; a value is required", () -> BODY.section("C", 100, s -> s.quota(null, 100, q -> q)));
    }

    @Test
    void aNullNumberNamesItsField() {
        fails("target is null; a value is required", () -> BODY.section("C", 100, s -> s.quota("q", 100,
                q -> q.target((BigDecimal) null, "USD"))));
        fails("breakpoint points is null; a value is required", () -> linear().point(BigDecimal.ONE, null));
        fails("gate is null; a value is required", () -> linear().gateBelow((BigDecimal) null));
        fails("tier edge is null; a value is required", () -> RubricDsl.tiers().from(null, BigDecimal.ONE));
        fails("scale max is null; a value is required", () -> scale(BigDecimal.ONE, null));
        fails("lower bound of band Meets is null; a value is required", () -> BODY.band("Meets", (BigDecimal) null));
        fails("guard threshold of Relationship is null; a value is required", () -> sectionScore("Relationship").below(null));
        fails("minimum of factor t is null; a value is required",
                () -> BODY.targets(t -> t.factor("t", null, BigDecimal.ONE, "x")));
        fails("ramp percent of tenure month 2 is null; a value is required",
                () -> BODY.targets(t -> t.ramp(15, java.util.Arrays.asList(BigDecimal.ONE, null))));
        fails("maximum cliff is null; a value is required", () -> BODY.fairness(f -> f.maxCliff((BigDecimal) null)));
        fails("points of milestone a is null; a value is required",
                () -> BODY.section("C", 100, s -> s.milestones("m", 100, m -> m.milestone("a", (BigDecimal) null))));
    }

    @Test
    void theEvidenceBuilderNamesANullArgument() {
        fails("subject id is null; a value is required", () -> evidence(null));
        fails("actual of new-arr is null; a value is required", () -> evidence("a").actual("new-arr", (BigDecimal) null));
        fails("measure id is null; a value is required", () -> evidence("a").actual(null, 1));
        fails("factor t is null; a value is required", () -> evidence("a").factor("t", (BigDecimal) null));
        fails("rating of c1 for trust is null; a value is required",
                () -> evidence("a").rating("trust", "customer", "c1", (BigDecimal) null));
        fails("period of subject a is null; a value is required", () -> evidence("a").period(null));
        fails("hire date is null; a value is required", () -> evidence("a").hiredOn(null));
        fails("approval date of credit is null; a value is required",
                () -> evidence("a").credit("q", BigDecimal.ONE, "why", "cfo", null));
    }
}
