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
package org.blendscore.moduletests;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.blendscore.dsl.RubricDsl;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blendscore as a consumer module sees it on the module path: it builds a rubric through the DSL,
 * scores evidence, validates the public input types with Hibernate Validator, and reaches nothing that
 * core does not export.
 */
class ModulePathConsumerTest {

    private static final DateRange YEAR = DateRange.year(2026);
    private static final Module CORE = Rubric.class.getModule();

    private static InputBoundary boundary;

    @BeforeAll
    static void bootstrap() {
        boundary = new InputBoundary();
    }

    @AfterAll
    static void close() {
        boundary.close();
    }

    private static Rubric fieldRep() {
        return rubric("field").version("1").effective(YEAR)
                .section("Revenue", 60, s -> s
                        .quota("bookings", 100, q -> q.target(500_000, "USD")
                                .curve(linear().point(0.5, 0).point(1.0, 100).gateBelow(0.8).capped())))
                .section("Activity", 40, s -> s
                        .quota("calls", 100, q -> q.count(800, "calls").curve(tiers().from(0, 0).from(0.9, 50).from(1.0, 100))))
                .band("Meets", 70).band("Below", 0)
                .build();
    }

    @Test
    void everyModuleIsNamedSoTheTestRunsOnTheModulePath() {
        assertEquals("org.blendscore.moduletests", getClass().getModule().getName());
        assertEquals("org.blendscore.core", CORE.getName());
        assertEquals("org.blendscore.dsl", RubricDsl.class.getModule().getName());
        assertEquals("org.hibernate.validator", HibernateValidator.class.getModule().getName());
        assertTrue(getClass().getModule().canRead(CORE));
    }

    @Test
    void buildsARubricThroughTheDslAndScoresEvidence() {
        Scorer scorer = Scorer.of(fieldRep());
        // bookings 450,000 of 500,000: attainment 0.9, 80 points at 60%; calls 720 of 800: the 0.9 tier, 50 points at 40%
        Review review = scorer.score(evidence("ana").period(YEAR).actual("bookings", 450_000).actual("calls", 720).build());
        assertEquals(new BigDecimal("68.00"), review.overall());
        assertEquals(Optional.of("Below"), review.band());
    }

    @Test
    void validatesABuiltRubricAndValidEvidenceWithoutViolations() {
        // the validator cascades into every section, measure, curve and band: all of the rubric package is read
        assertEquals(Set.of(), boundary.violations(fieldRep()));
        assertEquals(Set.of(), boundary.violations(Evidence.of("ana", YEAR, Map.of("bookings", QuotaActual.of("450000")))));
    }

    @Test
    void validatesInvalidEvidenceFromThisModule() {
        Evidence bad = Evidence.of(" ", YEAR, Map.of("bookings", QuotaActual.of("-5")));
        assertEquals(new TreeSet<>(Set.of("measures[bookings].actual: must be greater than or equal to 0",
                "subjectId: must not be blank")), boundary.violations(bad));
    }

    @Test
    void validatesAnInvalidRubricPartFromThisModule() {
        assertEquals(new TreeSet<>(Set.of("label: must not be blank", "lowerBound: must be greater than or equal to 0")),
                boundary.violations(new Band("", new BigDecimal("-1"))));
    }

    @Test
    void coreExportsItsApiPackagesOnlyAndOpensOnlyTheInputTypes() {
        Set<String> exported = new TreeSet<>();
        for (String p : CORE.getPackages()) {
            if (CORE.isExported(p)) {
                exported.add(p);
            } else {
                assertFalse(CORE.isExported(p, getClass().getModule()), p + " is exported to a consumer");
                assertFalse(CORE.isOpen(p, getClass().getModule()), p + " is open to a consumer");
            }
        }
        assertEquals(new TreeSet<>(Set.of("org.blendscore.analysis", "org.blendscore.evidence", "org.blendscore.impact",
                "org.blendscore.calibration", "org.blendscore.funnel", "org.blendscore.guidance", "org.blendscore.metrics", "org.blendscore.number", "org.blendscore.review", "org.blendscore.revision", "org.blendscore.rubric", "org.blendscore.scoring",
                "org.blendscore.team", "org.blendscore.whatif")), exported);
        assertFalse(CORE.isExported("org.blendscore.internal"));
        assertFalse(CORE.isExported("org.blendscore.internal", getClass().getModule()));
        // deep reflection, for validation providers, only where the public input types are
        assertTrue(CORE.isOpen("org.blendscore.rubric"));
        assertTrue(CORE.isOpen("org.blendscore.evidence"));
        assertFalse(CORE.isOpen("org.blendscore.scoring"));
        assertFalse(CORE.isOpen("org.blendscore.review"));
    }
}
