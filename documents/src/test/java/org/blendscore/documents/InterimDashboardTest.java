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

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.FunnelStage;
import org.blendscore.rubric.DateRange;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The team dashboard of an interim batch: pacing and weekly activity targets from the activity
 * funnel, figures checked by hand from core's funnel (deals = quota left / deal size, each stage
 * up over its conversion, rounded up; per week over the whole weeks left, rounded up).
 */
class InterimDashboardTest {
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");
    private final Scorer scorer = Scorer.of(Fixtures.starter());
    private final ActivityFunnel funnel = ActivityFunnel.of(new BigDecimal("25000"),
            FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"), FunnelStage.of("commitments", "0.80"));

    private TeamMember rep(String name, long booked) {
        return new TeamMember(name, scorer.scoreInterim(evidence(name.toLowerCase(java.util.Locale.ROOT)).period(DateRange.year(2026))
                .actual("new-arr", booked).rating("customer-trust", "customer", "c1", 2).rating("customer-trust", "customer", "c2", 2)
                .rating("customer-trust", "manager", "m1", 3).build(), MARCH_31));
    }

    private static List<String> rows(String html, String tableXpath) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document page = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        NodeList trs = (NodeList) XPathFactory.newInstance().newXPath().evaluate(tableXpath + "/tbody/tr", page, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            for (org.w3c.dom.Node c = trs.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                    cells.add(c.getTextContent().trim());
                }
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    @Test
    void anInterimBatchShowsPacingAndWeeklyActivitiesFromTheFunnel() throws Exception {
        TeamBatch batch = TeamBatch.of("Interim", List.of(Fixtures.starter()), List.of(rep("Ann", 200_000), rep("Bob", 300_000)))
                .withWeeklyTargets(new WeeklyTargets("new-arr", funnel));
        // expected by 31 March: 90 of 365 days of 1,000,000 = 246,575.34; projected actual x 365 / 90.
        // Ann: 800,000 left over 275 days = 39 whole weeks: 32 deals, 40 commitments, 160 pitches, 1,600 calls;
        //      a week 1,600 / 39 = 41.03 -> 42, 160 / 39 = 4.10 -> 5, 40 / 39 = 1.03 -> 2.
        // Bob: 700,000 left: 28 deals, 35 commitments, 140 pitches, 1,400 calls; a week 35.90 -> 36, 3.59 -> 4, 0.90 -> 1.
        assertEquals(List.of(
                "Bob | new-arr | 246575.34 | 300000.00 | -53424.66 | 1216666.67 of 1000000.00 USD | 36 calls, 4 pitches, 1 commitments a week for 39 weeks",
                "Ann | new-arr | 246575.34 | 200000.00 | 46575.34 | 811111.11 of 1000000.00 USD | 42 calls, 5 pitches, 2 commitments a week for 39 weeks"),
                rows(TeamDashboard.html(batch), "//section[@id='pacing']//table"));
    }

    @Test
    void aFinalBatchHasNoPacingSection() {
        Scorer s = scorer;
        TeamMember finalReview = new TeamMember("Cy", s.score(evidence("cy").period(DateRange.year(2026)).actual("new-arr", 900_000).build()));
        String html = TeamDashboard.html(TeamBatch.of("Final", List.of(Fixtures.starter()), List.of(finalReview))
                .withWeeklyTargets(new WeeklyTargets("new-arr", funnel)));
        assertFalse(html.contains("id=\"pacing\""));
    }
}
