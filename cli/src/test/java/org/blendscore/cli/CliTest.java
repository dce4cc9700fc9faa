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
package org.blendscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.blendscore.examples.SampleRubrics;
import org.blendscore.examples.SampleTeamData;
import org.blendscore.json.RubricDocument;
import org.blendscore.json.RubricJson;
import org.blendscore.json.ReviewJson;
import org.blendscore.json.VerificationCase;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run on the sample team's JSON files: score, check, verify, and bad files. */
class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A sample-team file copied out of the examples jar, as a user would have it on disk. */
    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = SampleTeamData.class.getResourceAsStream("/sample-team/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private List<Review> expected(Rubric rubric, String role) {
        Scorer scorer = Scorer.of(rubric);
        List<Review> out = new ArrayList<>();
        for (SampleTeamData.Member m : SampleTeamData.load(SampleRubrics.YEAR).members()) {
            if (m.role().equals(role) && !m.repId().equals("r34")) {
                out.add(scorer.score(m.evidence()));
            }
        }
        return out;
    }

    @Test
    void scoresTheSampleTeamFromItsJsonFiles() throws IOException {
        Path hunterReviews = dir.resolve("hunter-reviews.jsonl");
        assertEquals(Cli.OK, run("score", "--rubric", sample("hunter.json").toString(), "--evidence",
                sample("hunters.jsonl").toString(), "--out", hunterReviews.toString()), err());
        List<Review> hunters = Files.readAllLines(hunterReviews).stream().map(ReviewJson::read).toList();
        assertEquals(expected(SampleRubrics.hunter(), "hunter"), hunters);
        assertTrue(err().contains("hunters.jsonl: 19 records, 19 reviewed, 0 rejected"), err());

        // the sample team's farmer r34 has a manager rating of 6 on a 1..5 scale: rejected, the others scored
        Path farmerReviews = dir.resolve("farmer-reviews.jsonl");
        assertEquals(Cli.INVALID, run("score", "--rubric", sample("farmer.json").toString(), "--evidence",
                sample("farmers.jsonl").toString(), "--out", farmerReviews.toString()), err());
        assertTrue(err().contains("farmers.jsonl: 16 records, 15 reviewed, 1 rejected"), err());
        assertTrue(err().contains("  line 16 (r34): subject 'r34', measure 'collaboration', rater 'm9', value: rating 6 is not on"
                + " the scale"), err());
        List<String> lines = Files.readAllLines(farmerReviews);
        assertEquals(16, lines.size());
        assertTrue(lines.get(15).contains("blendscore.rejected/1"), lines.get(15));
        assertEquals(expected(SampleRubrics.farmer(), "farmer"), lines.subList(0, 15).stream().map(ReviewJson::read).toList());
    }

    @Test
    void summarisesRejectedRecordsAndScoresTheRest() throws IOException {
        Path evidence = dir.resolve("mixed.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(sample("hunters.jsonl")));
        lines.add(1, "{\"format\": \"blendscore.evidence/1\", \"subjectId\": 7}");
        lines.add(3, "");
        lines.add(4, lines.get(0).replace("\"actual\" : \"", "\"actual\" : \"-"));
        Files.write(evidence, lines);
        Path reviews = dir.resolve("reviews.jsonl");
        assertEquals(Cli.INVALID, run("score", "--rubric", sample("hunter.json").toString(), "--evidence", evidence.toString(),
                "--out", reviews.toString()));
        int records = lines.size() - 1;
        assertTrue(err().contains("mixed.jsonl: " + records + " records, " + (records - 2) + " reviewed, 2 rejected"), err());
        assertTrue(err().contains("  line 2: /subjectId: "), err());
        assertTrue(err().contains("  line 5 (r01): subject 'r01', measure '"), err());
        List<String> written = Files.readAllLines(reviews);
        assertEquals(records, written.size());
        assertTrue(written.get(1).contains("blendscore.rejected/1"), written.get(1));
    }

    @Test
    void checkPrintsTheAnalysis() throws IOException {
        Path rubric = sample("hunter.json");
        assertEquals(Cli.OK, run("check", rubric.toString()), err());
        assertTrue(out().startsWith(rubric + ": rubric " + SampleRubrics.hunter().id() + " version 2026.1 is valid (0 verification cases)"),
                out());
        assertTrue(out().contains(org.blendscore.analysis.RubricAnalysis.of(SampleRubrics.hunter()).report()), out());
    }

    @Test
    void verifyRunsTheGoldenCasesAndReportsEveryDifference() throws IOException {
        Rubric hunter = SampleRubrics.hunter();
        List<VerificationCase> cases = new ArrayList<>();
        Scorer scorer = Scorer.of(hunter);
        for (SampleTeamData.Member m : SampleTeamData.load(SampleRubrics.YEAR).members()) {
            if (m.role().equals("hunter")) {
                cases.add(VerificationCase.of(m.repId(), m.evidence(), scorer.score(m.evidence())));
            }
        }
        Path good = dir.resolve("good.json");
        Files.writeString(good, RubricJson.write(new RubricDocument(hunter, cases)));
        assertEquals(Cli.OK, run("verify", good.toString()), err());
        assertEquals(good + ": " + cases.size() + " cases, 0 failed" + System.lineSeparator(), out());

        VerificationCase first = cases.get(0);
        cases.set(0, new VerificationCase(first.id(), first.evidence(), first.overall().add(java.math.BigDecimal.ONE),
                first.band(), first.contributions()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, RubricJson.write(new RubricDocument(hunter, cases)));
        out.reset();
        assertEquals(Cli.INVALID, run("verify", bad.toString()));
        assertTrue(out().contains(cases.size() + " cases, 1 failed"), out());
        assertTrue(out().contains("case \"" + first.id() + "\" (/cases/0/expected/overall): overall expected "
                + first.overall().add(java.math.BigDecimal.ONE).toPlainString() + ", came " + first.overall().toPlainString()), out());
    }

    @Test
    void badFilesGetTheJsonErrorsAndANonZeroExit() throws IOException {
        Path rubric = dir.resolve("broken.json");
        Files.writeString(rubric, Files.readString(sample("hunter.json")).replaceFirst("\"weight\" : \"[0-9.]+\"", "\"weight\" : 60"));
        assertEquals(Cli.INVALID, run("check", rubric.toString()));
        assertTrue(err().contains("Invalid blendscore.rubric/1 in " + rubric + " document, 1 problem:"), err());
        assertTrue(err().contains("/sections/0/weight: "), err());
        err.reset();
        assertEquals(Cli.INVALID, run("score", "--rubric", rubric.toString(), "--evidence", "e.jsonl", "--out", "o.jsonl"));
        assertTrue(err().contains("/sections/0/weight: "), err());
        err.reset();
        assertEquals(Cli.INVALID, run("verify", dir.resolve("absent.json").toString()));
        assertTrue(err().contains("no such file: " + dir.resolve("absent.json")), err());
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        assertEquals(Cli.USAGE, run());
        assertEquals(Cli.USAGE, run("grade", "r.json"));
        assertTrue(err().contains("unknown command \"grade\""), err());
        assertEquals(Cli.USAGE, run("score", "--rubric", "r.json", "--colour", "red"));
        assertTrue(err().contains("unknown option --colour; expected one of --rubric, --evidence, --out, --view"), err());
        assertEquals(Cli.USAGE, run("score", "--rubric", "r.json"));
        assertTrue(err().contains("missing option --evidence"), err());
        assertEquals(Cli.USAGE, run("check"));
        assertTrue(err().contains("check takes one file, was given 0"), err());
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().startsWith("usage: blendscore-cli"), out());
    }
}
