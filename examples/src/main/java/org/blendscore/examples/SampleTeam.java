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
package org.blendscore.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.evidence.Evidence;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.TargetStep;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.BatchResult;
import org.blendscore.scoring.RejectedRecord;
import org.blendscore.scoring.RoleScorer;
import org.blendscore.scoring.Scorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: scores the bundled sample team against the hunter and farmer rubrics, prints a
 * ranked table, the full explanation of one rep, every record that could not be scored, the exact
 * fairness analysis of both rubrics, the adverse impact of the scores on the reps' teams, and the
 * east pod's team goals (a split deal, a pooled goal and a team review, {@link SampleTeamGoals}).
 */
public final class SampleTeam {

    private static final Logger LOG = LoggerFactory.getLogger(SampleTeam.class);

    private SampleTeam() {
    }

    /** A scored rep. */
    record Row(SampleTeamData.Member member, Review review) {
    }

    /** What one run produced, for the tests. */
    record Outcome(List<Row> ranked, List<String> rejected) {
    }

    /**
     * Runs the sample, then writes the sample team's documents (the published rubrics, the team
     * dashboard and every rep's review statement) into a folder and prints where they are.
     *
     * @param args optionally the folder for the documents; {@code target/sample-team-documents} if none
     * @throws java.io.IOException if a document cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        Outcome outcome = run(System.out);
        java.nio.file.Path folder = java.nio.file.Path.of(args.length > 0 ? args[0] : "target/sample-team-documents");
        List<java.nio.file.Path> written = SampleTeamDocuments.write(outcome, folder);
        System.out.println();
        System.out.println("Documents of the sample team (" + written.size() + " files) in " + folder.toAbsolutePath().normalize() + ":");
        written.stream().limit(6).forEach(p -> System.out.println("  " + p.getFileName()));
        System.out.println("  ... and a review statement for every rep (statement-<rep id>.html)");
    }

    static Outcome run(PrintStream out) {
        RoleScorer roles = RoleScorer.of(SampleRubrics.byRole());
        Map<String, Scorer> byRole = new LinkedHashMap<>();
        SampleRubrics.byRole().byRole().keySet().forEach(role -> byRole.put(role, roles.scorerFor(role).orElseThrow()));
        SampleTeamData.Team team = SampleTeamData.load(SampleRubrics.YEAR);
        LOG.info("loaded {} reps, {} unreadable rows", team.members().size(), team.badRows().size());

        List<Row> rows = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        team.badRows().forEach(b -> rejected.add(b.file() + " line " + b.line() + ": " + b.problem()));
        for (Map.Entry<String, Scorer> role : byRole.entrySet()) {
            List<SampleTeamData.Member> members = team.members().stream().filter(m -> m.role().equals(role.getKey())).toList();
            List<Evidence> batch = members.stream().map(SampleTeamData.Member::evidence).toList();
            BatchResult result = role.getValue().scoreAll(batch);
            List<Integer> rejectedIndexes = result.rejected().stream().map(RejectedRecord::index).toList();
            int next = 0;
            for (int i = 0; i < members.size(); i++) {
                if (!rejectedIndexes.contains(i)) {
                    rows.add(new Row(members.get(i), result.reviews().get(next++)));
                }
            }
            for (RejectedRecord r : result.rejected()) {
                r.problems().forEach(p -> rejected.add(p.toString()));
            }
        }
        for (SampleTeamData.Member m : team.members()) {
            if (!byRole.containsKey(m.role())) {
                try {
                    roles.score(m.role(), m.evidence());
                } catch (org.blendscore.evidence.InvalidEvidenceException e) {
                    e.problems().forEach(p -> rejected.add(p.toString()));
                }
            }
        }

        // complete reviews first, by overall; an incomplete review (no band) is not ranked among them
        rows.sort(Comparator.comparing((Row r) -> !r.review().complete())
                .thenComparing(Comparator.comparing((Row r) -> r.review().overall()).reversed())
                .thenComparing(r -> r.member().repId()));
        printTable(out, rows);
        printAdjustedTargets(out, rows);
        if (!rows.isEmpty()) {
            Row shown = rows.get(0);
            out.println();
            out.println("Full review of the top-ranked rep, " + shown.member().name() + ":");
            out.println();
            out.print(shown.review().explain());
        }
        for (Row incomplete : rows.stream().filter(r -> !r.review().complete()).toList()) {
            out.println();
            out.println("Full review of " + incomplete.member().name() + ", whose evidence is incomplete:");
            out.println();
            out.print(incomplete.review().explain());
        }
        out.println();
        out.println("Records that could not be scored (" + rejected.size() + "):");
        rejected.forEach(r -> out.println("  " + r));
        printFairness(out, rows);
        SampleTeamGoals.run(out);
        return new Outcome(rows, rejected);
    }

    /**
     * The fairness analysis of both rubrics, and adverse impact by team: selected is an overall of
     * at least 70, where Meets starts in both rubrics. The team of each rep is looked up in a map of
     * its own, kept apart from scoring, which never reads it.
     */
    private static void printFairness(PrintStream out, List<Row> rows) {
        for (Rubric rubric : List.of(SampleRubrics.hunter(), SampleRubrics.farmer())) {
            out.println();
            out.print(RubricAnalysis.of(rubric).report());
        }
        out.println();
        out.print(impact(rows).render());
    }

    /** Adverse impact by team: selected is an overall of at least 70; groups of fewer than 5 are too small. */
    static AdverseImpact impact(List<Row> rows) {
        Map<String, String> teamBySubject = new LinkedHashMap<>();
        rows.forEach(r -> teamBySubject.put(r.review().subjectId(), r.member().evidence().attributes().get("team")));
        return AdverseImpact.of(rows.stream().map(Row::review).toList(), teamBySubject,
                org.blendscore.impact.Outcome.overallAtLeast(BigDecimal.valueOf(70)), 5);
    }

    /** Every rep whose quota target or actual was adjusted, with the steps, so a reviewer can recompute them. */
    private static void printAdjustedTargets(PrintStream out, List<Row> rows) {
        out.println();
        out.println("Adjusted targets (factors, proration, ramps, relief):");
        for (Row r : rows.stream().sorted(Comparator.comparing((Row x) -> x.member().repId())).toList()) {
            for (MeasureResult m : r.review().measures()) {
                if (m.input() instanceof QuotaInput q && (q.targetSteps().size() > 2 || q.actualSteps().size() > 1
                        || q.targetSteps().stream().anyMatch(s -> s.label().equals("time share")))) {
                    out.printf(Locale.ROOT, "  %-16s %-18s %s%n", r.member().name(), m.id(), steps(q.targetSteps(), q.unit()));
                    if (q.actualSteps().size() > 1) {
                        out.printf(Locale.ROOT, "  %-16s %-18s %s%n", "", "", "actual " + steps(q.actualSteps(), q.unit()));
                    }
                    for (TargetStep s : q.targetSteps()) {
                        if (s.label().equals("time share") || s.label().equals("relief")) {
                            out.printf(Locale.ROOT, "  %-16s %-18s   %s: %s%n", "", "", s.label(), s.detail());
                        }
                    }
                }
            }
        }
    }

    private static String steps(List<TargetStep> steps, String unit) {
        StringBuilder b = new StringBuilder(steps.get(0).value().toPlainString());
        for (TargetStep s : steps.subList(1, steps.size())) {
            b.append(' ').append(s.operator()).append(' ').append(s.label()).append(' ').append(s.value().stripTrailingZeros().toPlainString());
        }
        return b.append(" = ").append(steps.get(steps.size() - 1).result().toPlainString()).append(' ').append(unit).toString();
    }

    private static void printTable(PrintStream out, List<Row> rows) {
        out.println("Sample team, " + SampleRubrics.YEAR + ": " + rows.size() + " reps scored");
        out.println();
        String format = "%4s  %-16s %-7s %8s  %-11s  %s%n";
        out.printf(Locale.ROOT, format, "Rank", "Rep", "Role", "Overall", "Band", "Top reason");
        int rank = 0;
        for (Row r : rows) {
            rank++;
            String band = r.review().band().orElse("(none)") + (r.review().bandBeforeGuards().isPresent() ? "*" : "")
                    + (r.review().complete() ? "" : "\u2020");
            out.printf(Locale.ROOT, format, rank, r.member().name(), r.member().role(), r.review().overall().toPlainString(),
                    band, r.review().topReason().map(Reason::text).orElse("every measure at 100"));
        }
        out.println("  * band capped by a band guard");
        out.println("  \u2020 incomplete: the evidence covered less of the rubric's weight than its least coverage, so no band");
    }
}
