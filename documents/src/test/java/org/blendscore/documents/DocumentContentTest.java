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
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.blendscore.review.Review;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The documents' exact content: each HTML page is well-formed (parsed by the JDK's XML parser),
 * and its tables and charts hold the figures the reviews and the rubric give, checked by hand
 * from {@link Fixtures}: new-arr 600,000 + 150,000 i gives 20, 50, 80, 103, 112 and 121 points;
 * customer-trust 35, 70, 45 repeating.
 */
class DocumentContentTest {

    private static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The text of every element an XPath selects, whitespace trimmed. */
    private static List<String> texts(Document page, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent().trim());
            }
            return out;
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** Each row of a table as its cells' texts joined by " | ". */
    private static List<String> rows(Document page, String tableXpath) {
        List<String> out = new ArrayList<>();
        int n = texts(page, tableXpath + "/tbody/tr").size();
        for (int i = 1; i <= n; i++) {
            out.add(String.join(" | ", texts(page, "(" + tableXpath + "/tbody/tr)[" + i + "]/*")));
        }
        return out;
    }

    private static Document dashboard() {
        return parse(TeamDashboard.html(TeamBatch.of("Team", List.of(Fixtures.starter()), Fixtures.team())));
    }

    @Test
    void theRankedTableListsEveryRepInOrderWithTheReviewsOverallAndBand() {
        assertEquals(List.of(
                "1 | Rep 4 | starter 1.0 | 95.20 | Exceeds | 100.00%",
                "2 | Rep 5 | starter 1.0 | 90.60 | Meets (guard) | 100.00%",
                "3 | Rep 3 | starter 1.0 | 75.80 | Meets | 100.00%",
                "4 | Rep 2 | starter 1.0 | 66.00 | Below | 100.00%",
                "5 | Rep 1 | starter 1.0 | 58.00 | Below | 100.00%",
                "6 | " + Fixtures.HOSTILE + " | starter 1.0 | 26.00 | Below | 100.00%",
                "7 | No ratings | starter 1.0 | 80.00 | no band | 60.00%"),
                rows(dashboard(), "//section[@id='ranking']//table").stream()
                        .map(r -> r.substring(0, r.lastIndexOf(" | "))).toList());
    }

    @Test
    void theBandDistributionCountsEveryRepOnce() {
        Document page = dashboard();
        assertEquals(List.of("Exceeds | 1", "Meets | 2", "Below | 3", "no band | 1"), rows(page, "//section[@id='distribution']//table"));
        assertEquals(List.of("Exceeds: 1", "Meets: 2", "Below: 3", "no band: 1"),
                texts(page, "//section[@id='distribution']//*[local-name()='rect']/*[local-name()='title']"));
    }

    @Test
    void theScatterHasOneDotPerRepAtItsQuotaAndQualitativePoints() {
        // x: 48 + quota x 416 / (121 x 1.05); y: 224 - qualitative x 208 / (100 x 1.05)
        Document page = dashboard();
        List<String> dots = new ArrayList<>();
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate("//*[local-name()='circle'][@class='dot']", page, XPathConstants.NODESET);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                dots.add(e.getTextContent() + " at " + e.getAttribute("cx") + "," + e.getAttribute("cy"));
            }
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(
                "Rep 4: quota 112.00, qualitative 70.00 at 414.7,85.3",
                "Rep 5: quota 121.00, qualitative 45.00 at 444.2,134.9",
                "Rep 3: quota 103.00, qualitative 35.00 at 385.3,154.7",
                "Rep 2: quota 80.00, qualitative 45.00 at 309.9,134.9",
                "Rep 1: quota 50.00, qualitative 70.00 at 211.7,85.3",
                Fixtures.HOSTILE + ": quota 20.00, qualitative 35.00 at 113.5,154.7"), dots);
    }

    @Test
    void theStatementsContributionsAddUpToTheOverall() {
        for (TeamMember member : Fixtures.team()) {
            Document page = parse(ReviewStatement.html(member.review(), member.name()));
            BigDecimal sum = texts(page, "//section[@id='contributions']//tbody/tr/td[4]").stream().map(BigDecimal::new)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String overall = texts(page, "//*[@id='overall-score']").get(0);
            assertEquals(member.review().overall().toPlainString(), overall);
            assertEquals(0, sum.compareTo(new BigDecimal(overall)), member.name() + ": " + sum + " against " + overall);
        }
        // Rep 1 by hand: new-arr 50.00 x 60% = 30.00, customer-trust 70.00 x 40% = 28.00, overall 58.00
        Document rep1 = parse(ReviewStatement.html(Fixtures.team().get(1).review(), "Rep 1"));
        assertEquals(List.of("new-arr | Revenue | 60% | 50.00 | 30.00 | scored", "customer-trust | Relationship | 40% | 70.00 | 28.00 | scored"),
                rows(rep1, "//section[@id='contributions']//table"));
    }

    @Test
    void theRubricPageListsWeightsAnchorsSourcesBandsGuardsVersionAndPeriod() {
        Document page = parse(RubricDocument.html(Fixtures.starter()));
        assertEquals(List.of("Version 1.0, effective from 2026-01-01 to 2026-12-31. Scores are kept to 2 decimal places."),
                texts(page, "//header/p"));
        assertEquals(List.of("Revenue | 60% | new-arr (100%) | leave out", "Relationship | 40% | customer-trust (100%) | leave out"),
                rows(page, "//section[@id='sections']//table"));
        assertEquals(List.of("50% | 0", "100% | 100", "150% | 130"), rows(page, "(//section[@class='rubric-section'])[1]//table"));
        assertEquals(List.of("1 | " + Fixtures.HOSTILE + " | Customers go around the rep " + Fixtures.HOSTILE + " | 0",
                        "2 | Solid | Customers bring routine needs | 50", "3 | Trusted | Customers seek advice | 100"),
                rows(page, "((//section[@class='rubric-section'])[2]//table)[1]"));
        assertEquals(List.of("customer | 60% | 2 | signed: raters are named | no", "manager | 40% | 1 | signed: raters are named | no"),
                rows(page, "((//section[@class='rubric-section'])[2]//table)[2]"));
        assertEquals(List.of("Exceeds | 90", "Meets | 70", "Below | 0"), rows(page, "(//section[@id='bands']//table)[1]"));
        assertEquals(List.of("section Relationship < 50 | Meets | applied (fails closed)"), rows(page, "(//section[@id='bands']//table)[2]"));
    }

    @Test
    void theMarkdownPageListsTheSameFigures() {
        String md = RubricDocument.markdown(Fixtures.starter());
        for (String line : List.of("Version 1.0, effective from 2026-01-01 to 2026-12-31.",
                "| Revenue | 60% | new-arr (100%) | leave out |", "| Relationship | 40% | customer-trust (100%) | leave out |",
                "| 50% | 0 |", "| 100% | 100 |", "| 150% | 130 |",
                "| 1 | " + Fixtures.ESCAPED + " | Customers go around the rep " + Fixtures.ESCAPED + " | 0 |",
                "| 2 | Solid | Customers bring routine needs | 50 |", "| 3 | Trusted | Customers seek advice | 100 |",
                "| customer | 60% | 2 | signed: raters are named | no |", "| manager | 40% | 1 | signed: raters are named | no |",
                "| Exceeds | 90 |", "| Meets | 70 |", "| Below | 0 |",
                "| section Relationship &lt; 50 | Meets | applied (fails closed) |")) {
            assertTrue(md.contains(line), line + " is missing from:\n" + md);
        }
    }

    @Test
    void anAnonymousSourcesRatersNeverAppearInAStatementAndTheRubricGivesItsThreshold() {
        Rubric r = rubric("peers").version("2").effective(DateRange.year(2026))
                .section("Revenue", 50, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                        .curve(linear().point(0, 0).point(1.0, 100))))
                .section("Team", 50, s -> s.rating("collaboration", 100, rt -> rt
                        .scale(scale(1, 5).level(1, "Rare", "Rarely helps").level(2, "Sometimes", "Helps when asked")
                                .level(3, "Often", "Often helps").level(4, "Usually", "Usually helps").level(5, "Always", "Always helps"))
                        .source("peer", 100, 2, Anonymity.atLeast(3))))
                .band("Good", 50).band("Low", 0).build();
        Review review = Scorer.of(r).score(evidence("rep-a").period(DateRange.year(2026)).actual("new-arr", 600_000)
                .rating("collaboration", "peer", "peer-jane-doe-1", 5, "jane wrote this")
                .rating("collaboration", "peer", "peer-john-roe-2", 4)
                .rating("collaboration", "peer", "peer-max-moe-3", 3).build());
        String statement = ReviewStatement.html(review, "Alex");
        parse(statement);
        for (String rater : List.of("peer-jane-doe-1", "peer-john-roe-2", "peer-max-moe-3")) {
            assertFalse(statement.contains(rater), rater + " is shown in the subject's statement");
        }
        assertFalse(statement.contains("jane wrote this"), "the source does not show comments");
        // new-arr 600,000 of 1,000,000 -> 60.00; collaboration mean 4 on 1..5 -> 75.00; overall 30.00 + 37.50 = 67.50
        assertEquals(List.of("new-arr | Revenue | 50% | 60.00 | 30.00 | scored", "collaboration | Team | 50% | 75.00 | 37.50 | scored"),
                rows(parse(statement), "//section[@id='contributions']//table"));
        assertEquals(List.of("peer | 100% | 2 | anonymous: shown only from 3 raters, without rater ids; comments not shown | no"),
                rows(parse(RubricDocument.html(r)), "((//section[@class='rubric-section'])[2]//table)[2]"));
    }
}
