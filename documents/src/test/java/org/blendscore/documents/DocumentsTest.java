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
package org.blendscore.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blendscore.dsl.RubricDsl;
import org.blendscore.evidence.Evidence;
import org.blendscore.guidance.NextBand;
import org.blendscore.guidance.PathToNextBand;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private static Map<String, String> documents(List<TeamMember> members) {
        return Map.of(
                "rubric.html", RubricDocument.html(Fixtures.starter()),
                "rubric.md", RubricDocument.markdown(Fixtures.starter()),
                "statement.html", ReviewStatement.html(members.get(0).review(), members.get(0).name()),
                "dashboard.html", TeamDashboard.html(TeamBatch.of(Fixtures.HOSTILE + " team", List.of(Fixtures.starter()), members)));
    }

    @Test
    void aScriptInANameACommentOrALabelShowsAsTextInEveryDocument() {
        documents(Fixtures.team()).forEach((name, text) -> {
            assertFalse(text.contains(Fixtures.HOSTILE), name + " holds the script unescaped");
            assertFalse(text.toLowerCase(Locale.ROOT).contains("<script"), name + " holds a script element");
            assertTrue(text.contains(Fixtures.ESCAPED), name + " shows the script as text");
        });
    }

    @Test
    void theStatementShowsThePathToTheNextBandWhenItIsGiven() {
        Scorer scorer = Scorer.of(Fixtures.starter());
        Evidence e = RubricDsl.evidence("rep-1").period(DateRange.year(2026)).actual("new-arr", 750_000)
                .rating("customer-trust", "customer", "c1", 2).rating("customer-trust", "customer", "c2", 2)
                .rating("customer-trust", "manager", "m1", 3).build();
        Review review = scorer.score(e);
        PathToNextBand path = NextBand.of(scorer).path(review, e);
        assertFalse(path.steps().isEmpty(), path::toString);
        String page = ReviewStatement.html(review, "Rep 1", path);
        assertTrue(page.contains("<section id=\"path-to-next-band\">"), page);
        assertTrue(page.contains(path.steps().get(0).change()), page);
        assertFalse(ReviewStatement.html(review, "Rep 1").contains("<section id=\"path-to-next-band\">"));
        assertThrows(IllegalArgumentException.class, () -> ReviewStatement.html(Fixtures.team().get(0).review(), "x", path));
    }

    @Test
    void theStatementShowsTheManagersCommentEscapedInTheSubjectsView() {
        String statement = documents(Fixtures.team()).get("statement.html");
        assertTrue(statement.contains("m1"), "a signed source names its rater in the subject's view");
        assertTrue(statement.contains(Fixtures.ESCAPED));
    }

    @Test
    void theSameInputGivesByteIdenticalOutputWhateverTheOrderOfTheTeam() {
        List<TeamMember> team = Fixtures.team();
        List<TeamMember> shuffled = new ArrayList<>(team);
        Collections.reverse(shuffled);
        Locale before = Locale.getDefault();
        try {
            Map<String, String> first = documents(team);
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, documents(team), "rendering again, under another default locale");
            assertEquals(first.get("dashboard.html"),
                    TeamDashboard.html(TeamBatch.of(Fixtures.HOSTILE + " team", List.of(Fixtures.starter()), shuffled)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyChartHasATitleADescriptionAndTheImgRole() {
        documents(Fixtures.team()).forEach((name, text) -> {
            int svgs = count(text, "<svg ");
            assertEquals(svgs, count(text, "role=\"img\""), name);
            assertEquals(svgs, count(text, "<desc id="), name);
        });
        assertEquals(1, count(documents(Fixtures.team()).get("rubric.html"), "class=\"gate\""), "the gate is marked");
        assertEquals(1, count(documents(Fixtures.team()).get("rubric.html"), "class=\"cap\""), "the cap is marked");
    }

    @Test
    void theDashboardRanksFlagsLowCoverageAndPlotsEveryRepWithBothKindsOfPoints() {
        String dashboard = documents(Fixtures.team()).get("dashboard.html");
        assertTrue(dashboard.contains("No ratings"));
        assertTrue(dashboard.contains("id=\"low-coverage\""));
        assertEquals(6, count(dashboard, "class=\"dot\""), "the rep without ratings is not in the scatter");
    }

    @Test
    void nothingIsLoadedFromANetworkAndNoTemplateWritesUnescaped() throws IOException {
        documents(Fixtures.team()).forEach((name, text) -> {
            assertFalse(text.replace("http://www.w3.org/2000/svg", "").contains("http"), name + " refers to a network address");
        });
        for (String template : List.of("style.css", "axes.svg", "curve.svg", "bars.svg", "scatter.svg", "columns.svg", "rubric.html",
                "rubric.md", "statement.html", "dashboard.html")) {
            try (InputStream in = Templates.class.getResourceAsStream(template + ".mustache")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(text.contains("{{{") || text.contains("{{&"), template + " writes a value unescaped");
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
