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
package org.blendscore.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.scoring.Scorer;

/**
 * The bytes a review of the bench rubric keeps alive, read by a user's own measure: the heap in use,
 * after full collections, with {@code count} reviews kept in a list (and every part of them read) less
 * the heap in use with none, over {@code count}. The evidence records are generated one at a time and
 * dropped, so only the reviews remain. A diagnostic, not a benchmark: its figure is in the benchmarks
 * README.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.blendscore.benchmarks.RetainedSizeRun 200000</pre>
 */
public final class RetainedSizeRun {

    private RetainedSizeRun() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of reviews to keep (default 200,000), then {@code hold} to keep them alive for 30 s
     *     after measuring, for a heap histogram
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        Scorer scorer = Scorer.of(BenchRubric.build());
        long before = usedAfterGc();
        List<Review> kept = new ArrayList<>(count);
        long rejected = 0;
        long parts = 0;
        for (long i = 0; kept.size() < count; i++) {
            try {
                Review r = scorer.score(BenchBatch.record(BenchBatch.SEED, i));
                for (SectionResult s : r.sections()) {
                    for (MeasureResult m : s.measures()) {
                        parts += m.input().hashCode() == 0 ? 0 : 1;
                    }
                }
                parts += r.reasons().size() + r.provenance().evidenceFingerprint().length();
                kept.add(r);
            } catch (org.blendscore.evidence.InvalidEvidenceException e) {
                rejected++;
            }
        }
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "%,d reviews kept (every part read; %,d records rejected): %,d bytes retained per review"
                + " (heap in use %,d -> %,d bytes; %d parts read)%n", kept.size(), rejected, (after - before) / kept.size(),
                before, after, parts);
        if (args.length > 1 && args[1].equals("hold")) {
            // keeps the reviews alive for a while, for a heap histogram (jcmd <pid> GC.class_histogram)
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.out.println("last overall " + kept.get(kept.size() - 1).overall());
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
