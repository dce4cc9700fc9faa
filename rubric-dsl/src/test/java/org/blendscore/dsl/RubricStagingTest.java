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

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * The staged start of a rubric: id, then version, then effective period, then the body. The order is
 * the compiler's to enforce; these tests hold the steps to offering nothing else, and show that every
 * stored step, however far built, can be finished more than once.
 */
class RubricStagingTest {

    private static final DateRange YEAR = RubricDslTest.YEAR;

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static RubricStep body(RubricStep step) {
        return step.section("Revenue", 100, s -> s.quota("bookings", 100, q -> q.target(500_000, "EUR")
                .curve(linear().point(0, 0).point(1, 100).capped()))).band("Meets", 70).band("Below", 0);
    }

    @Test
    void eachStepBeforeTheBodyOffersOnlyWhatComesNext() {
        assertEquals(Set.of("version"), publicMethods(RubricVersionStep.class));
        assertEquals(Set.of("effective"), publicMethods(RubricEffectiveStep.class));
        assertEquals(RubricVersionStep.class, Arrays.stream(RubricDsl.class.getMethods())
                .filter(m -> m.getName().equals("rubric")).findFirst().orElseThrow().getReturnType());
    }

    @Test
    void theBodyNoLongerTakesAVersionOrAnEffectivePeriodAndNamesItsResultDecimalsUnambiguously() {
        Set<String> body = publicMethods(RubricStep.class);
        assertTrue(body.containsAll(Set.of("id", "section", "band", "guard", "targets", "fairness", "missingEvidence",
                "resultDecimals", "build")), body.toString());
        assertTrue(body.stream().noneMatch(Set.of("version", "effective", "scale")::contains), body.toString());
    }

    @Test
    void resultDecimalsSetsTheRubricsResultScaleAndTheDefaultIsTwo() {
        RubricStep step = body(rubric("r").version("1").effective(YEAR));
        assertEquals(Rubric.DEFAULT_SCALE, step.build().scale());
        assertEquals(0, step.resultDecimals(0).build().scale());
        assertEquals(4, step.resultDecimals(4).build().scale());
        assertEquals(Rubric.DEFAULT_SCALE, step.build().scale(), "the stored step keeps its own decimals");
    }

    @Test
    void aStoredVersionStepStartsRubricsOfDifferentVersionsAndPeriods() {
        RubricVersionStep named = rubric("field");
        RubricEffectiveStep v1 = named.version("2026.1");
        RubricEffectiveStep v2 = named.version("2027.1");
        Rubric first = body(v1.effective(YEAR)).build();
        Rubric second = body(v2.effective(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).build();
        Rubric again = body(v1.effective(DateRange.year(2028))).build();
        assertEquals("2026.1", first.version());
        assertEquals(YEAR, first.effective());
        assertEquals("2027.1", second.version());
        assertEquals(DateRange.year(2027), second.effective());
        assertEquals("2026.1", again.version());
        assertEquals(DateRange.year(2028), again.effective());
        assertEquals("field", again.id());
    }

    @Test
    void aStoredBodyIsReusedAndEveryOptionReturnsANewStep() {
        RubricStep start = rubric("r").version("1").effective(YEAR);
        RubricStep built = body(start);
        assertNotSame(start, start.resultDecimals(3));
        assertNotSame(start, start.id("other"));
        Rubric one = built.build();
        Rubric two = built.build();
        assertEquals(one, two);
        assertEquals(body(start).id("variant").build().sections(), one.sections());
        assertEquals("r", built.build().id());
    }
}
