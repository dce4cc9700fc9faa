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
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.blendscore.json.InvalidDocumentException;
import org.blendscore.rubric.InvalidRubricException;

/**
 * The command line: {@code score}, {@code check} and {@code verify}. Each command returns an exit
 * status: {@link #OK}, {@link #INVALID} (a bad file, a failing case, rejected records) or
 * {@link #USAGE}; bad files are reported with the JSON module's errors, each with its JSON Pointer.
 */
public final class Cli {

    /** Everything was fine. */
    public static final int OK = 0;
    /** A file was bad, a verification case failed, or records were rejected. */
    public static final int INVALID = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: blendscore-cli <command> [arguments]
              score --rubric r.json --evidence e.jsonl --out reviews.jsonl [--view audit|subject]
                    scores every line of evidence; writes one review (or rejected record) per line
              check r.json     validates a rubric and prints its analysis
              verify r.json    runs the rubric's verification cases and reports every difference
            """;

    private final PrintStream out;
    private final PrintStream err;

    /**
     * A command line writing to these streams.
     *
     * @param out where results go
     * @param err where errors, progress and summaries go
     */
    public Cli(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Runs a command.
     *
     * @param args the command and its arguments
     * @return the exit status
     */
    public int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "score" -> new ScoreCommand(err).run(Arguments.parse(rest, "rubric", "evidence", "out", "view"));
                case "check" -> new CheckCommand(out).run(Arguments.parse(rest).onlyFile("check"));
                case "verify" -> new VerifyCommand(out).run(Arguments.parse(rest).onlyFile("verify"));
                default -> throw new UsageException("unknown command \"" + args[0] + "\"; expected score, check or verify");
            };
        } catch (UsageException e) {
            err.println("blendscore-cli: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (InvalidDocumentException | InvalidRubricException e) {
            err.println("blendscore-cli: " + e.getMessage());
            return INVALID;
        } catch (UncheckedIOException e) {
            err.println("blendscore-cli: " + e.getCause().getMessage());
            return INVALID;
        }
    }
}
