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

import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.json.RubricDocument;
import org.blendscore.scoring.Scorer;

/** {@code check r.json}: reads the rubric, checks the rules it declares, and prints its analysis. */
final class CheckCommand {

    private final PrintStream out;

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    int run(Path file) {
        RubricDocument document = RubricFile.read(file);
        Scorer.of(document.rubric());
        out.println(file + ": rubric " + document.rubric().id() + " version " + document.rubric().version() + " is valid ("
                + document.cases().size() + " verification " + (document.cases().size() == 1 ? "case" : "cases") + ")");
        out.println(RubricAnalysis.of(document.rubric()).report());
        return Cli.OK;
    }
}
