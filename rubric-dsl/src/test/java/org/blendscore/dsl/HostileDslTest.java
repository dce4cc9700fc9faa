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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * The DSL at hostile sizes: a step adds its item in amortised constant time (30,000 steps once
 * copied their list each time, 2.4 s and 9.5 GB), and a step kept and reused is still what it was.
 * Cost is bounded by the bytes allocated, never by time.
 */
class HostileDslTest {

    private static final int STEPS = 30_000;

    /** The bytes the calling thread allocates while the code runs, from the JVM's thread bean; skips when not counted. */
    private static long allocatedBy(Runnable code) throws ReflectiveOperationException {
        Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Class<?> counting = Class.forName("com.sun.management.ThreadMXBean");
        assumeTrue(counting.isInstance(bean) && (Boolean) counting.getMethod("isThreadAllocatedMemorySupported").invoke(bean));
        java.lang.reflect.Method bytes = counting.getMethod("getCurrentThreadAllocatedBytes");
        long before = (Long) bytes.invoke(bean);
        code.run();
        return (Long) bytes.invoke(bean) - before;
    }

    private static LinearCurveStep points(LinearCurveStep from, int first, int count) {
        LinearCurveStep step = from;
        for (int i = first; i < first + count; i++) {
            step = step.point(BigDecimal.valueOf(i, 4), BigDecimal.valueOf(i, 3));
        }
        return step;
    }

    /** Whether a breakpoint is at attainment n / 10,000 with n / 1,000 points, as {@link #points} adds them. */
    private static void assertPoint(int n, Breakpoint b) {
        assertEquals(0, BigDecimal.valueOf(n, 4).compareTo(b.attainment()), () -> "attainment of " + b);
        assertEquals(0, BigDecimal.valueOf(n, 3).compareTo(b.points()), () -> "points of " + b);
    }

    @Test
    void thirtyThousandStepsCostLinearMemory() throws ReflectiveOperationException {
        LinearCurveStep[] curve = new LinearCurveStep[1];
        long bytes = allocatedBy(() -> curve[0] = points(linear(), 0, STEPS));
        // a copy at every step allocated 30,000 x 15,000 references, 1.8 GB at least
        assertTrue(bytes < STEPS * 2_000L, () -> STEPS + " steps allocated " + bytes + " bytes");

        List<Breakpoint> built = curve[0].capped().toCurve().breakpoints();
        assertEquals(STEPS, built.size());
        assertPoint(STEPS - 1, built.get(STEPS - 1));
    }

    @Test
    void thirtyThousandBandsAndGuardsBuildARubric() {
        RubricStep step = rubric("many").version("1").effective(DateRange.year(2026))
                .section("Revenue", 100, s -> s.quota("arr", 100, q -> q.target(100, "USD")
                        .curve(linear().point(0, 0).point(1, 100).capped())));
        for (int i = STEPS; i > 0; i--) {
            step = step.band("b" + i, BigDecimal.valueOf(i, 3));
        }
        step = step.band("zero", BigDecimal.ZERO);
        for (int i = 0; i < STEPS; i++) {
            step = step.guard(RubricDsl.sectionScore("Revenue").below(BigDecimal.valueOf(i, 3)), "b1");
        }
        Rubric built = step.build();
        assertEquals(STEPS + 1, built.bands().size());
        assertEquals(STEPS, built.guards().size());
    }

    @Test
    void aStepReusedAsATemplateStaysWhatItWas() {
        LinearCurveStep template = points(linear(), 0, 100);
        LinearCurveStep longer = points(template, 100, 50);
        // a branch from the template after another grew from it: a copy of its own, the other untouched
        LinearCurveStep other = template.point(new BigDecimal("7"), new BigDecimal("99"));
        LinearCurveStep longerStill = points(longer, 150, 10);

        assertEquals(100, template.toCurve().breakpoints().size());
        assertEquals(150, longer.toCurve().breakpoints().size());
        assertEquals(160, longerStill.toCurve().breakpoints().size());
        List<Breakpoint> branched = other.toCurve().breakpoints();
        assertEquals(101, branched.size());
        assertEquals(new Breakpoint(new BigDecimal("7"), new BigDecimal("99")), branched.get(100));
        assertPoint(100, longer.toCurve().breakpoints().get(100));
        assertPoint(150, longerStill.toCurve().breakpoints().get(150));
        assertEquals(template.toCurve().breakpoints(), longerStill.toCurve().breakpoints().subList(0, 100));
    }

    @Test
    void threadsGrowingOneTemplateEachGetTheirOwnSteps() throws Exception {
        LinearCurveStep template = points(linear(), 0, 10);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LinearCurve>> curves = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = 1000 * (t + 1);
                curves.add(pool.submit(() -> points(template, first, 500).toCurve()));
            }
            for (int t = 0; t < 8; t++) {
                List<Breakpoint> got = curves.get(t).get().breakpoints();
                assertEquals(510, got.size());
                assertEquals(template.toCurve().breakpoints(), got.subList(0, 10));
                for (int i = 0; i < 500; i++) {
                    assertPoint(1000 * (t + 1) + i, got.get(10 + i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aQuotaOfManyBreakpointsScoresAsDescribed() {
        Rubric built = rubric("big").version("1").effective(DateRange.year(2026))
                .section("Revenue", 100, s -> s.quota("arr", 100, q -> q.target(100, "USD").curve(points(linear(), 0, STEPS).capped())))
                .band("All", 0).build();
        QuotaMeasure arr = (QuotaMeasure) built.measures().get(0);
        assertEquals(STEPS, ((LinearCurve) arr.curve()).breakpoints().size());
    }
}
