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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the sample team's documents in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): each page loads without a console error, shows its key figures, and
 * draws every chart (each SVG has a non-zero bounding box). Takes a screenshot of each kind into
 * {@code target/screenshots}, and also into the folder named by {@code -Dblendscore.screenshots}
 * (the README's are refreshed with {@code -Dblendscore.screenshots=../docs/screenshots}).
 *
 * <p>Runs in CI ({@code CI} set; {@code .ci/run} installs Chromium when missing) and fails there
 * without a browser; elsewhere, without {@code /usr/bin/chromium}, it is skipped with a loud message.
 */
class SampleTeamDocumentsBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser;
    private static Path folder;
    private static SampleTeam.Outcome outcome;

    @BeforeAll
    static void openBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") == null) {
            System.err.println("\n*** BROWSER TESTS SKIPPED: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver); in CI (CI set) they run and fail without them ***\n");
        }
        Assumptions.assumeTrue(present || System.getenv("CI") != null, "no Chromium here and not in CI");
        outcome = SampleTeam.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        folder = Path.of("target", "browser-documents").toAbsolutePath();
        SampleTeamDocuments.write(outcome, folder);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("blendscore-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1100, 1500));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens a document and checks that it loads cleanly and draws every chart; returns its number of charts. */
    private static long open(String file, String screenshot) throws Exception {
        browser.get(folder.resolve(file).toUri().toString());
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), errors, file + ": console errors");
        @SuppressWarnings("unchecked")
        List<Number> areas = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('svg')).map(s => { const r = s.getBoundingClientRect(); return r.width * r.height; });");
        assertTrue(areas.stream().allMatch(a -> a.doubleValue() > 0), file + ": an SVG chart with an empty bounding box: " + areas);
        Object resources = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').length;");
        assertEquals(0L, ((Number) resources).longValue(), file + " loaded something");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        save(screenshot, png);
        return areas.size();
    }

    private static void save(String name, byte[] png) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), png);
        String extra = System.getProperty("blendscore.screenshots");
        if (extra != null && !extra.isBlank()) {
            Files.createDirectories(Path.of(extra));
            Files.write(Path.of(extra, name), png);
        }
    }

    @Test
    void theTeamDashboardShowsTheRankingTheBandsAndEveryChart() throws Exception {
        long charts = open("dashboard.html", "dashboard.png");
        assertEquals(2, charts, "the distribution and the scatter");
        assertEquals("34", browser.findElement(By.id("rep-count")).getText());
        String ranking = browser.findElement(By.id("ranking")).getText();
        SampleTeam.Row top = outcome.ranked().get(0);
        assertTrue(ranking.contains(top.member().name()) && ranking.contains(top.review().overall().toPlainString()), ranking);
        assertFalse(browser.findElements(By.id("adverse-impact")).isEmpty(), "the adverse-impact table");
        assertTrue(browser.findElement(By.id("low-coverage")).getText().contains("%"));
    }

    @Test
    void theReviewStatementShowsTheOverallTheBandAndTheContributions() throws Exception {
        SampleTeam.Row top = outcome.ranked().get(0);
        long charts = open("statement-" + top.member().repId() + ".html", "statement.png");
        assertEquals(1, charts, "the contributions");
        assertEquals(top.review().overall().toPlainString(), browser.findElement(By.id("overall-score")).getText());
        assertEquals(top.review().band().orElseThrow(), browser.findElement(By.id("band")).getText());
        assertTrue(browser.findElement(By.id("trace")).getText().contains(top.review().measures().get(0).id()));
    }

    @Test
    void thePublishedRubricDrawsEveryCurve() throws Exception {
        long charts = open("rubric-hunter-ae.html", "rubric.png");
        assertEquals(2, charts, "new-arr and sales-cycle-days");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("hunter-ae"));
        assertTrue(browser.getPageSource().contains("Trusted adviser"), "every level's behavioural anchor");
        open("rubric-account-manager.html", "rubric-farmer.png");
    }

    @Test
    void everyStatementOfTheTeamLoadsCleanly() throws Exception {
        for (SampleTeam.Row row : outcome.ranked()) {
            File file = folder.resolve("statement-" + row.member().repId() + ".html").toFile();
            assertTrue(file.isFile(), file.toString());
        }
        SampleTeam.Row last = outcome.ranked().get(outcome.ranked().size() - 1);
        open("statement-" + last.member().repId() + ".html", "statement-incomplete.png");
        assertEquals(last.review().band().orElse("no band"), browser.findElement(By.id("band")).getText());
    }
}
