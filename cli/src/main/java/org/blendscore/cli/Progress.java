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

/**
 * A progress bar on stderr for long runs: silent for the first second, then redrawn at most five
 * times a second with the share of the input read, the records and the rate.
 */
final class Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long total;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean shown;

    Progress(PrintStream err, long totalBytes) {
        this.err = err;
        this.total = totalBytes;
    }

    void update(long bytes, long records) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        err.print("\r" + line(bytes, records, now));
    }

    void done(long bytes, long records) {
        if (shown) {
            err.println("\r" + line(bytes, records, System.nanoTime()));
        }
    }

    private String line(long bytes, long records, long now) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, bytes * WIDTH / total);
        long percent = total <= 0 ? 100 : Math.min(100, bytes * 100 / total);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + records + " records, "
                + Math.round(records / seconds) + "/s";
    }
}
