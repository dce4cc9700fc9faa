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
package org.blendscore;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps core's layering as the code has it: the model ({@code rubric}) imports nothing of the
 * project; {@code evidence} reads only the model; the {@code analysis} reads the model and nothing
 * that scores; {@code review} (the result) does not know the scorer that assembles it; {@code scoring}
 * reads the model, evidence, reviews and the analysis (to check a rubric's declared rules when it
 * compiles one); adverse impact ({@code impact}) and the activity {@code funnel} sit on top, and
 * nothing in core depends on them. No package cycles; exported packages expose no unexported type.
 *
 * <p>DESIGN.md draws "model &lt;- evidence &lt;- scoring &lt;- review"; in the code the scorer builds
 * reviews, so {@code review} sits below {@code scoring}, and these rules say so.
 */
class ArchitectureTest {

    private static final String ROOT = "org.blendscore";
    private static final String RUBRIC = ROOT + ".rubric..";
    private static final String EVIDENCE = ROOT + ".evidence..";
    private static final String ANALYSIS = ROOT + ".analysis..";
    private static final String REVIEW = ROOT + ".review..";
    private static final String SCORING = ROOT + ".scoring..";
    private static final String IMPACT = ROOT + ".impact..";
    private static final String FUNNEL = ROOT + ".funnel..";
    private static final String INTERNAL = ROOT + ".internal..";
    private static final String NUMBER = ROOT + ".number..";
    private static final String CALIBRATION = ROOT + ".calibration..";
    private static final String GUIDANCE = ROOT + ".guidance..";
    private static final String WHATIF = ROOT + ".whatif..";
    private static final String TEAM = ROOT + ".team..";
    private static final String REVISION = ROOT + ".revision..";
    private static final String METRICS = ROOT + ".metrics..";
    /** A class of the scoring package by simple name (nested classes included), as a name pattern. */
    private static String scoring(String... names) {
        return "org\\.blendscore\\.scoring\\.(" + String.join("|", names) + ")(\\$.*)?";
    }

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void calibrationReadsOnlyTheModelEvidenceAndNumbersAndOnlyScoringReadsIt() {
        classes().that().resideInAPackage(CALIBRATION).should().onlyDependOnClassesThat(
                resideInAnyPackage(CALIBRATION, RUBRIC, EVIDENCE, NUMBER, "java..", "jakarta.validation.."))
                .because("a calibration is estimated from evidence under the model, before anything is scored").check(core);
        noClasses().that().resideOutsideOfPackages(CALIBRATION, SCORING).should().dependOnClassesThat()
                .resideInAPackage(CALIBRATION).because("only a calibrated scorer applies a calibration").check(core);
    }

    @Test
    void guidanceReadsTheModelEvidenceScoringReviewsAndTheFunnelAndNothingInCoreReadsIt() {
        classes().that().resideInAPackage(GUIDANCE).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(GUIDANCE, RUBRIC, EVIDENCE, SCORING, REVIEW, NUMBER, FUNNEL)))
                .because("the path to the next band scores changed evidence again, and is offered on top of scoring; "
                        + "an interim review's weekly pace turns the amount left into activities through the funnel's conversion rates")
                .check(core);
        noClasses().that().resideOutsideOfPackage(GUIDANCE).should().dependOnClassesThat().resideInAPackage(GUIDANCE)
                .because("nothing in core needs the path to the next band").check(core);
    }

    @Test
    void teamGoalsPrepareEvidenceAndReadReviewsAndNothingInCoreReadsThem() {
        classes().that().resideInAPackage(TEAM).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(TEAM, EVIDENCE, REVIEW, SCORING, RUBRIC, NUMBER)))
                .because("team goals prepare evidence before scoring and read reviews and batches after it").check(core);
        noClasses().that().resideOutsideOfPackage(TEAM).should().dependOnClassesThat().resideInAPackage(TEAM)
                .because("scoring never reads team goals: a rubric without them scores as before").check(core);
    }

    @Test
    void revisionsReadOnlyTheModelItsAnalysisAndNumbersAndNothingInCoreReadsThem() {
        classes().that().resideInAPackage(REVISION).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(REVISION, RUBRIC, ANALYSIS, NUMBER)))
                .because("a diff and its rules compare two rubrics and their analyses, and never score").check(core);
        noClasses().that().resideOutsideOfPackage(REVISION).should().dependOnClassesThat().resideInAPackage(REVISION)
                .because("revisions sit on top of the model; the registry and the formats read them from other modules")
                .check(core);
    }

    @Test
    void metricsReadOnlyNumbersEvidenceAndPeriodsAndNothingInCoreReadsThem() {
        classes().that().resideInAPackage(METRICS).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(METRICS, NUMBER, EVIDENCE, RUBRIC)))
                .because("metrics are computed from records with exact numbers over a review period (the model's DateRange) and hand a quota measure its evidence").check(core);
        noClasses().that().resideOutsideOfPackage(METRICS).should().dependOnClassesThat().resideInAPackage(METRICS)
                .because("scoring reads the evidence a metric gives, never the metric").check(core);
    }

    @Test
    void theCoreClassesAreImported() {
        // a rule over no classes would pass for the wrong reason
        assertEquals(Set.of("analysis", "calibration", "evidence", "funnel", "guidance", "impact", "metrics", "number", "review", "revision", "rubric", "scoring", "team", "whatif"),
                ExportedApi.packagesOf(core));
    }

    @Test
    void theModelImportsNothingAboveIt() {
        noClasses().that().resideInAPackage(RUBRIC).should().dependOnClassesThat()
                .resideInAnyPackage(EVIDENCE, ANALYSIS, REVIEW, SCORING, IMPACT, FUNNEL, INTERNAL)
                .because("the rubric model is the bottom layer; its declared rules are checked by the analysis from outside")
                .check(core);
    }

    @Test
    void evidenceReadsOnlyTheModel() {
        classes().that().resideInAPackage(EVIDENCE).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(EVIDENCE, RUBRIC)))
                .check(core);
    }

    @Test
    void theAnalysisReadsTheModelAndNothingThatScores() {
        noClasses().that().resideInAPackage(ANALYSIS).should().dependOnClassesThat()
                .resideInAnyPackage(EVIDENCE, REVIEW, SCORING, IMPACT, FUNNEL, INTERNAL)
                .check(core);
    }

    @Test
    void aReviewDoesNotKnowTheScorerNorWhatReadsIt() {
        noClasses().that().resideInAPackage(REVIEW).should().dependOnClassesThat()
                .resideInAnyPackage(SCORING, ANALYSIS, IMPACT, FUNNEL)
                .check(core);
    }

    @Test
    void scoringDoesNotReadTheLayersAboveIt() {
        noClasses().that().resideInAPackage(SCORING).should().dependOnClassesThat().resideInAnyPackage(IMPACT, FUNNEL)
                .check(core);
    }

    @Test
    void adverseImpactAndTheFunnelAreOnTopAndNothingInCoreDependsOnThem() {
        noClasses().that().resideOutsideOfPackages(IMPACT, WHATIF).should().dependOnClassesThat().resideInAPackage(IMPACT)
                .because("only the what-if, on top of everything, reads adverse impact").check(core);
        noClasses().that().resideOutsideOfPackages(FUNNEL, GUIDANCE).should().dependOnClassesThat().resideInAPackage(FUNNEL)
                .because("only the path to the next band, on top of scoring, turns an interim review's pace into activities")
                .check(core);
        noClasses().that().resideInAPackage(IMPACT).should().dependOnClassesThat().resideInAnyPackage(SCORING, FUNNEL)
                .check(core);
    }

    @Test
    void theWhatIfIsOnTopReadingScoringReviewsAndImpactAndNothingInCoreReadsIt() {
        noClasses().that().resideOutsideOfPackage(WHATIF).should().dependOnClassesThat().resideInAPackage(WHATIF).check(core);
        classes().that().resideInAPackage(WHATIF).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAnyPackage(WHATIF, SCORING, REVIEW, IMPACT, RUBRIC, EVIDENCE)))
                .because("a what-if scores evidence twice and counts what it sees; it never reaches into the scorer's workings")
                .check(core);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void exportedTypesExposeNoUnexportedTypeInTheirPublicSignatures() {
        classes().that(ExportedApi.PUBLIC_IN_EXPORTED_PACKAGES).should(ExportedApi.EXPOSE_ONLY_EXPORTED_TYPES).check(core);
    }

    @Test
    void nothingIsPublicOutsideTheExportedPackages() {
        classes().that(ExportedApi.OUTSIDE_EXPORTED_PACKAGES)
                .should().notBePublic()
                // no class of core lies outside the exported packages today (internal went with DeferredList)
                .allowEmptyShould(true).check(core);
    }

    @Test
    void theExactNumbersImportNothingElseOfTheProject() {
        classes().that().resideInAPackage(NUMBER).should().onlyDependOnClassesThat(
                        not(resideInAPackage(ROOT + "..")).or(resideInAPackage(NUMBER)))
                .check(core);
    }

    /*
     * Scoring's stages, in the order a review goes through them: the compiled rubric (read-only), the
     * evidence checks (problems only), one scorer per measure family, weighing (Totals, with the
     * renormalised weights), apportionment, review assembly; ScoringRun sequences them in a workspace,
     * and Scorer is the entry point. No stage reads a later one or the classes that sequence them, but
     * a stage may hand its figures on to review assembly, where the review's figures are kept.
     */
    private static final String[] SEQUENCERS = {"Scorer", "ScoringRun", "ParallelScoring", "RoleScorer", "RecordOutcome"};

    /** The evidence-checks stage: the checks, by what they check, their list of problems and their messages. */
    private static final String[] EVIDENCE_CHECKS = {"EvidenceChecks", "EvidenceProblemList", "SubjectEvidenceChecks",
            "QuotaEvidenceChecks", "MilestoneEvidenceChecks", "RatingEvidenceChecks"};

    @Test
    void theEvidenceChecksFindProblemsAndReadNoLaterStage() {
        noClasses().that().haveNameMatching(scoring(concat(EVIDENCE_CHECKS, "EvidenceMessages"))).should().dependOnClassesThat()
                .haveNameMatching(scoring(concat(SEQUENCERS, "MeasureOutcome", "MeasureSlot", "CompiledMeasure", "QuotaScoring",
                        "MilestoneScoring", "RatingScoring", "Totals", "Apportionment", "ReviewAssembly")))
                .check(core);
    }

    @Test
    void theMeasureScorersReadNoLaterStage() {
        noClasses().that().haveNameMatching(scoring("CompiledMeasure", "QuotaScoring", "MilestoneScoring", "RatingScoring",
                        "RatingSourceFigures", "SourceFigures", "RatingShortfalls", "RatingTallyTable", "RatingScalePoints", "CompiledCurve", "QuotaTargets", "TargetContext", "TargetTime",
                        "MeasureOutcome"))
                .should().dependOnClassesThat().haveNameMatching(scoring(concat(concat(SEQUENCERS, EVIDENCE_CHECKS), "MeasureSlot",
                        "Totals", "Apportionment", "ReviewAssembly", "CompiledRubric")))
                .check(core);
    }

    @Test
    void weighingAndApportionmentReadNoLaterStage() {
        noClasses().that().haveNameMatching(scoring("Totals", "RenormalisedWeights", "Apportionment")).should().dependOnClassesThat()
                .haveNameMatching(scoring(concat(SEQUENCERS, EVIDENCE_CHECKS)))
                .check(core);
        noClasses().that().haveNameMatching(scoring("Totals", "RenormalisedWeights")).should().dependOnClassesThat()
                .haveNameMatching(scoring("Apportionment"))
                .check(core);
    }

    @Test
    void coverageAndBandingReadNoEarlierSequencerAndNoLaterStage() {
        noClasses().that().haveNameMatching(scoring("CoverageCount", "Banding")).should().dependOnClassesThat()
                .haveNameMatching(scoring(concat(concat(SEQUENCERS, EVIDENCE_CHECKS), "Apportionment")))
                .check(core);
        // coverage reads what the measures were given and scored, never the weighing
        noClasses().that().haveNameMatching(scoring("CoverageCount")).should().dependOnClassesThat()
                .haveNameMatching(scoring("Totals", "RenormalisedWeights", "Banding", "ReviewAssembly"))
                .check(core);
    }

    @Test
    void reviewAssemblyAndTheCompiledRubricDoNotCallBack() {
        noClasses().that().haveNameMatching(scoring("ReviewAssembly", "CompiledRubric", "CompiledSection", "CompiledGuard"))
                .should().dependOnClassesThat().haveNameMatching(scoring(concat(SEQUENCERS, EVIDENCE_CHECKS)))
                .check(core);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
