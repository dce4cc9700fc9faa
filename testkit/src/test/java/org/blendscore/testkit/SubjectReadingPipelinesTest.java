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
package org.blendscore.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The subject-blind check catches pipelines that read what a fixed list of names does not vary:
 * the case of the first letter, the length, digits, a prefix, letters outside ASCII; and it renames
 * to the subjects given to the generator too. Each failure is shrunk and names the rename that
 * changed the score.
 */
class SubjectReadingPipelinesTest {

    private static final long[] SEEDS = {1, 2, 42, 2026, -7};
    private static final Rubric AE = KitRubrics.enterpriseAe();
    private static final Scorer AE_SCORER = Scorer.of(AE);

    /** A platform that adds one point to the overall of subjects whose id the predicate picks. */
    private static Function<Evidence, Review> bonusWhen(Predicate<String> reads) {
        return e -> {
            Review r = AE_SCORER.score(e);
            return !reads.test(e.subjectId()) ? r : new Review(r.subjectId(), r.period(), r.overall().add(BigDecimal.ONE), r.band(),
                    r.bandBeforeGuards(), r.sections(), r.reasons(), r.warnings(), r.provenance(), r.interimAsOf(), r.coverage());
        };
    }

    private static void caught(Predicate<String> reads) {
        PropertyCheck check = PropertyCheck.of(AE).scoredBy(bonusWhen(reads)).only(ScoringProperty.SUBJECT_BLIND);
        for (long seed : SEEDS) {
            PropertyReport report = check.seed(seed).run();
            Counterexample c = report.counterexample(ScoringProperty.SUBJECT_BLIND)
                    .orElseThrow(() -> new AssertionError("seed " + seed + " found nothing:\n" + report.render()));
            assertTrue(c.finding().matches("renaming subject '.*' to '.*' changed the overall from .* to .*"), c.render());
            // the rename flips exactly what the pipeline reads
            assertTrue(reads.test(c.evidence().subjectId()) != reads.test(c.variant().orElseThrow().subjectId()), c.render());
            // shrunk: one measure, no attributes, the whole year
            assertEquals(1, c.evidence().measures().size(), c.render());
            assertEquals(Map.of(), c.evidence().attributes(), c.render());
            assertEquals(AE.effective(), c.evidence().period(), c.render());
            assertTrue(check.seed(c.seed()).tries(1).check(ScoringProperty.SUBJECT_BLIND).failed(), c.render());
        }
    }

    @Test
    void catchesAPipelineThatReadsAnUpperCaseFirstLetter() {
        caught(id -> Character.isUpperCase(id.codePointAt(0)));
    }

    @Test
    void catchesAPipelineThatReadsTheLength() {
        caught(id -> id.length() > 8);
    }

    @Test
    void catchesAPipelineThatReadsADigit() {
        caught(id -> id.chars().anyMatch(Character::isDigit));
    }

    @Test
    void catchesAPipelineThatReadsAPrefix() {
        caught(id -> id.startsWith("VIP-"));
    }

    @Test
    void catchesAPipelineThatReadsLettersOutsideAscii() {
        caught(id -> id.chars().anyMatch(c -> c > 127));
    }

    @Test
    void aShrunkCounterexampleNamesTheRenameThatMatters() {
        PropertyReport report = PropertyCheck.of(AE).scoredBy(bonusWhen(id -> Character.isUpperCase(id.codePointAt(0))))
                .only(ScoringProperty.SUBJECT_BLIND).seed(42).run();
        Counterexample c = report.counterexample(ScoringProperty.SUBJECT_BLIND).orElseThrow();
        String from = c.evidence().subjectId();
        String to = c.variant().orElseThrow().subjectId();
        // the first lower-case id met is renamed with only its first letter upper-cased (or the other way round)
        assertEquals(from.substring(1), to.substring(1), c.render());
        assertEquals(from.substring(0, 1).toUpperCase(java.util.Locale.ROOT), to.substring(0, 1).toUpperCase(java.util.Locale.ROOT), c.render());
    }

    @Test
    void renamesVaryCaseLengthDigitsLettersAndPrefixes() {
        assertEquals(List.of("Ana", "ANA", "a", "ana-extended", "ana7", "\u00e9ana", "VIP-ana"), SubjectRenames.of("ana"));
        assertEquals(List.of("Rep-0042", "REP-0042", "r", "rep-0042-extended", "rep-00427", "rep-", "\u00e9rep-0042", "VIP-rep-0042",
                "0042"), SubjectRenames.of("rep-0042"));
        assertEquals(List.of("\u00e5sa", "\u00c5SA", "\u00e5sa".substring(0, 1).toUpperCase(java.util.Locale.ROOT), "\u00c5sa-extended",
                "\u00c5sa7", "\u00e9\u00c5sa", "Asa", "VIP-\u00c5sa"), SubjectRenames.of("\u00c5sa"));
        assertEquals(List.of("x", "X-extended", "X7", "\u00e9X", "VIP-X"), SubjectRenames.of("X"));
    }

    @Test
    void theGeneratorsSubjectsFeedTheRenames() {
        // a pipeline that favours one id given to the generator, which neither the default pool nor any variant of 'alpha-1' reaches
        Function<Evidence, Review> favoured = bonusWhen(id -> id.equals("alpha-2"));
        Evidence alpha1 = EvidenceGenerator.of(AE).generate(3).withSubjectId("alpha-1");
        Probes withDefaults = new Probes(AE, favoured, Optional.empty(), Optional.empty(), EvidenceGenerator.of(AE));
        Probes withGiven = new Probes(AE, favoured, Optional.empty(), Optional.empty(),
                EvidenceGenerator.of(AE).subjects("alpha-1", "alpha-2"));
        assertFalse(LongStream.range(0, 200).anyMatch(seed -> withDefaults.probe(ScoringProperty.SUBJECT_BLIND, alpha1, seed).isPresent()));
        assertTrue(LongStream.range(0, 200).anyMatch(seed -> withGiven.probe(ScoringProperty.SUBJECT_BLIND, alpha1, seed)
                .filter(v -> v.finding().startsWith("renaming subject 'alpha-1' to 'alpha-2'")).isPresent()));
    }
}
