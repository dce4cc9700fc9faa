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

import java.io.PrintStream;
import java.nio.file.Path;

import org.blendscore.json.Verification;
import org.blendscore.json.VerificationReport;

/** {@code verify r.json}: runs the rubric's verification cases and prints every difference. */
final class VerifyCommand {

    private final PrintStream out;

    VerifyCommand(PrintStream out) {
        this.out = out;
    }

    int run(Path file) {
        VerificationReport report = Verification.of(RubricFile.read(file)).run();
        out.println(file + ": " + report);
        return report.passed() ? Cli.OK : Cli.INVALID;
    }
}
