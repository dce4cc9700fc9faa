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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.blendscore.documents.ReviewStatement;
import org.blendscore.documents.RubricDocument;
import org.blendscore.documents.TeamBatch;
import org.blendscore.documents.TeamDashboard;
import org.blendscore.documents.TeamMember;
import org.blendscore.documents.WeeklyTargets;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.FunnelStage;
import org.blendscore.guidance.NextBand;
import org.blendscore.guidance.PathToNextBand;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.RoleScorer;
import org.blendscore.scoring.Scorer;

/**
 * The sample team's documents: both published rubrics (HTML and Markdown), the team dashboard and a
 * review statement for every scored rep (with its path to the next band), and an interim dashboard
 * (pacing and weekly activity targets), written into one folder.
 */
final class SampleTeamDocuments {

    /** The date of the interim dashboard. */
    static final LocalDate INTERIM_DATE = LocalDate.of(SampleRubrics.YEAR.start().getYear(), 11, 30);
    /** The funnel behind the interim dashboard's weekly activity targets: 25,000 USD deals. */
    static final ActivityFunnel FUNNEL = ActivityFunnel.of(new BigDecimal("25000"),
            FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"), FunnelStage.of("commitments", "0.80"));

    private SampleTeamDocuments() {
    }

    /**
     * Writes the documents, replacing files of the same names.
     *
     * @param outcome the sample team's run
     * @param folder where to write them (created if missing)
     * @return the files written: rubrics, dashboard, interim dashboard, then the statements in rank order
     * @throws IOException if a file cannot be written
     */
    static List<Path> write(SampleTeam.Outcome outcome, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Rubric rubric : List.of(SampleRubrics.hunter(), SampleRubrics.farmer())) {
            written.add(write(folder.resolve("rubric-" + rubric.id() + ".html"), RubricDocument.html(rubric)));
            written.add(write(folder.resolve("rubric-" + rubric.id() + ".md"), RubricDocument.markdown(rubric)));
        }
        List<TeamMember> members = outcome.ranked().stream().map(r -> new TeamMember(r.member().name(), r.review())).toList();
        TeamBatch batch = TeamBatch.of("Sample team, " + SampleRubrics.YEAR.start().getYear(),
                List.of(SampleRubrics.hunter(), SampleRubrics.farmer()), members).withImpact(SampleTeam.impact(outcome.ranked()));
        written.add(write(folder.resolve("dashboard.html"), TeamDashboard.html(batch)));
        RoleScorer roles = RoleScorer.of(SampleRubrics.byRole());
        written.add(write(folder.resolve("dashboard-interim.html"), TeamDashboard.html(interim(outcome, roles))));
        for (SampleTeam.Row row : outcome.ranked()) {
            Scorer scorer = roles.scorerFor(row.member().role()).orElseThrow();
            PathToNextBand path = NextBand.of(scorer).path(row.review(), row.member().evidence());
            written.add(write(folder.resolve("statement-" + row.member().repId() + ".html"),
                    ReviewStatement.html(row.review(), row.member().name(), path)));
        }
        return written;
    }

    /**
     * The interim batch: every rep scored as of {@link #INTERIM_DATE}, the bookings of the sample
     * data counted as booked by then, with weekly activity targets for new-arr from
     * {@link #FUNNEL}.
     */
    static TeamBatch interim(SampleTeam.Outcome outcome, RoleScorer roles) {
        List<TeamMember> members = new ArrayList<>();
        for (SampleTeam.Row row : outcome.ranked()) {
            Scorer scorer = roles.scorerFor(row.member().role()).orElseThrow();
            members.add(new TeamMember(row.member().name(), scorer.scoreInterim(row.member().evidence(), INTERIM_DATE)));
        }
        return TeamBatch.of("Sample team, interim as of " + INTERIM_DATE, List.of(SampleRubrics.hunter(), SampleRubrics.farmer()), members)
                .withWeeklyTargets(new WeeklyTargets("new-arr", FUNNEL));
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
