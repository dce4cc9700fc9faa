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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job writes the interim dashboard too, with pacing and weekly activity targets. */
class SampleTeamInterimDashboardTest {

    @Test
    void theInterimDashboardHasPacingAndWeeklyActivitiesForTheRestOfTheYear(@TempDir Path folder) throws Exception {
        SampleTeam.Outcome outcome = SampleTeam.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<Path> written = SampleTeamDocuments.write(outcome, folder);
        assertTrue(written.contains(folder.resolve("dashboard-interim.html")), written.toString());
        String page = Files.readString(folder.resolve("dashboard-interim.html"));
        assertTrue(page.contains("<section id=\"pacing\">"), page);
        // 30 November to 31 December: 31 days, 4 whole weeks
        assertTrue(page.contains("a week for 4 weeks"), page);
    }
}
