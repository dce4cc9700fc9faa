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
package org.blendscore.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.QuantityKind;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta constraint annotations on the public input types, as a platform that validates at its
 * own boundary sees them. Hibernate Validator runs with the {@link ParameterMessageInterpolator}, so
 * no expression language is needed (or wanted: scored values never go through EL).
 *
 * <p>A record component's annotation lands on the field and on the accessor. Hibernate Validator
 * does not take an accessor such as {@code subjectId()} for a getter, so each broken constraint is
 * reported once (one test checks exactly that); the other tests compare the distinct set of paths,
 * so that they state which properties are reported, not how often.
 *
 * <p>Tests run on the module path, inside the core module, where Hibernate Validator is a named
 * module: core/pom.xml lets the core module read it (to bootstrap it here). It reads the records'
 * private fields reflectively, which core's module descriptor allows by opening the rubric and
 * evidence packages; module-tests validates these types the same way from a consumer module.
 */
class ConstraintAnnotationsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<String> paths(Object bean) {
        Set<String> paths = new TreeSet<>();
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            paths.add(v.getPropertyPath().toString());
        }
        return paths;
    }

    private static Set<String> set(String... paths) {
        return new TreeSet<>(Set.of(paths));
    }

    private static final DateRange YEAR = DateRange.year(2026);

    @Test
    void acceptsValidEvidence() {
        Evidence e = Evidence.of("ana", YEAR, Map.of("new-arr", QuotaActual.of("1200000"),
                "trust", Ratings.of(Rating.of("c1", "customer", 4), Rating.notApplicable("c2", "customer"))));
        assertEquals(set(), paths(e));
    }

    @Test
    void reportsABlankSubjectId() {
        assertEquals(set("subjectId"), paths(Evidence.of(" ", YEAR, Map.of())));
    }

    @Test
    void reportsANegativeActual() {
        assertEquals(set("actual"), paths(QuotaActual.of("-1")));
    }

    @Test
    void reportsABlankRaterAndSource() {
        assertEquals(set("raterId", "source"), paths(Rating.of("", " ", 3)));
    }

    @Test
    void reportsANegativeMilestoneCount() {
        Set<String> p = paths(new MilestonesReached(Set.of(), Map.of("referrals", -1)));
        assertEquals(set("counts[referrals].<map value>"), p);
    }

    @Test
    void cascadesIntoTheEvidenceOfEachMeasure() {
        Evidence e = Evidence.of("ana", YEAR, Map.of("new-arr", QuotaActual.of("-5"),
                "trust", Ratings.of(Rating.of("c1", "customer", 4), Rating.of(" ", "customer", 3))));
        assertEquals(set("measures[new-arr].actual", "measures[trust].ratings[1].raterId"), paths(e));
    }

    @Test
    void reportsBrokenConstraintsOfRubricParts() {
        assertEquals(set("label", "lowerBound"), paths(new Band("", new BigDecimal("-1"))));
        assertEquals(set("attainment", "points"), paths(Breakpoint.of("-0.5", "-1")));
        assertEquals(set("minRatings", "name", "weight"), paths(new RatingSource(" ", BigDecimal.ZERO, 0)));
        assertEquals(set("unit", "value"), paths(new Target(new BigDecimal("-100"), "", QuantityKind.AMOUNT)));
        assertEquals(set("id", "points", "target"), paths(new CountedMilestone("", 0, new BigDecimal("-3"))));
    }

    @Test
    void reportsEachBrokenConstraintOnceThoughARecordAnnotationLandsOnFieldAndAccessor() {
        Evidence e = Evidence.of(" ", YEAR, Map.of("new-arr", QuotaActual.of("-5"),
                "trust", Ratings.of(Rating.of("", "", 3))));
        List<String> all = validator.validate(e).stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
        assertEquals(List.of("measures[new-arr].actual", "measures[trust].ratings[0].raterId", "measures[trust].ratings[0].source",
                "subjectId"), all);
    }

    @Test
    void namesTheConstraintWithoutExpressionLanguage() {
        ConstraintViolation<Object> v = validator.validate((Object) QuotaActual.of("-1")).iterator().next();
        assertEquals("must be greater than or equal to 0", v.getMessage());
        assertEquals(Optional.of(new BigDecimal("-1")), Optional.ofNullable(v.getInvalidValue()));
    }
}
