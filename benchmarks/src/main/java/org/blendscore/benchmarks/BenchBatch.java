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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;

/**
 * The seeded batch of evidence records for the {@linkplain BenchRubric bench rubric}.
 *
 * <p>Each record draws from its own random generator, seeded from the batch seed and the record's
 * index, so record {@code i} is the same whether it comes from {@link #generate(long, int)}, from
 * {@link #stream(long, long)} or on its own from {@link #record(long, long)}, and a stream of ten
 * million records can be produced lazily without keeping any of them.
 *
 * <ul>
 *   <li>Quota actuals spread uniformly from 0.2 to 1.8 of target, so that gates, every curve segment
 *       and caps all occur: amounts in cents, counts in whole units. One actual in ten lies exactly on
 *       a 5% step of target (0.20, 0.25, ... 1.80), which gives breakpoints and half-cent ties.</li>
 *   <li>Each milestone is reached with probability 1/2 (the record is always present, maybe empty).</li>
 *   <li>Each source of each rating measure gives 1 to 4 ratings on the 1..5 scale: one source in ten
 *       gives a single rating (below a minimum of 2), one in fifty none at all, the others 2, 3 or 4
 *       ratings; values are uniform over 1..5.</li>
 * </ul>
 */
public final class BenchBatch {

    /** The seed of the batch every benchmark and test uses. */
    public static final long SEED = 0x5EED_B1E2DL;

    /** The number of records in the bench batch. */
    public static final int SIZE = 100_000;

    private static final long[] AMOUNT_TARGETS = {1_000_000, 400_000, 250_000};
    private static final String[] AMOUNT_IDS = {"new-arr", "expansion-arr", "gross-margin"};
    private static final long[] COUNT_TARGETS = {800, 80, 20};
    private static final String[] COUNT_IDS = {"calls", "pitches", "commitments"};
    private static final String[][] RATER_IDS = raterIds();
    private static final String[] SOURCES = {"customer", "manager", "peer"};

    private BenchBatch() {
    }

    /**
     * The bench batch: {@link #SIZE} records from {@link #SEED}.
     *
     * @return the records, in index order
     */
    public static List<Evidence> generate() {
        return generate(SEED, SIZE);
    }

    /**
     * A batch of records.
     *
     * @param seed the batch seed
     * @param count how many records
     * @return the records 0 to {@code count - 1}, in index order
     */
    public static List<Evidence> generate(long seed, int count) {
        List<Evidence> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(record(seed, i));
        }
        return out;
    }

    /**
     * A lazy, sequential stream of records, generated one at a time as they are pulled.
     *
     * @param seed the batch seed
     * @param count how many records
     * @return the records 0 to {@code count - 1}, in index order
     */
    public static Stream<Evidence> stream(long seed, long count) {
        return StreamSupport.stream(Spliterators.spliterator(iterator(seed, count), count,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /**
     * A lazy iterator over records, generated one at a time as they are pulled.
     *
     * @param seed the batch seed
     * @param count how many records
     * @return the records 0 to {@code count - 1}, in index order
     */
    public static Iterator<Evidence> iterator(long seed, long count) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Evidence next() {
                if (next >= count) {
                    throw new NoSuchElementException("all " + count + " records were generated");
                }
                return record(seed, next++);
            }
        };
    }

    /**
     * One record of a batch.
     *
     * @param seed the batch seed
     * @param index the record's index
     * @return the record, with subject id {@code rep-<index>}
     */
    public static Evidence record(long seed, long index) {
        SplittableRandom rnd = new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (index + 1)));
        Map<String, MeasureEvidence> measures = new HashMap<>(32);
        for (int m = 0; m < AMOUNT_IDS.length; m++) {
            long target = AMOUNT_TARGETS[m];
            long cents = onStep(rnd) ? target * 100 * (4 + rnd.nextInt(33)) / 20 : rnd.nextLong(20 * target, 180 * target + 1);
            measures.put(AMOUNT_IDS[m], new QuotaActual(BigDecimal.valueOf(cents, 2)));
        }
        for (int m = 0; m < COUNT_IDS.length; m++) {
            long target = COUNT_TARGETS[m];
            long count = onStep(rnd) ? target * (4 + rnd.nextInt(33)) / 20 : rnd.nextLong(target / 5, target * 9 / 5 + 1);
            measures.put(COUNT_IDS[m], new QuotaActual(BigDecimal.valueOf(count)));
        }
        Set<String> reached = new HashSet<>(8);
        for (String milestone : BenchRubric.MILESTONES) {
            if (rnd.nextBoolean()) {
                reached.add(milestone);
            }
        }
        measures.put("milestones", new MilestonesReached(reached, Map.of()));
        measures.put("customer-trust", ratings(rnd, 0, 1));
        measures.put("account-knowledge", ratings(rnd, 1));
        measures.put("collaboration", ratings(rnd, 2, 1));
        return Evidence.of("rep-" + index, BenchRubric.YEAR, measures);
    }

    /** One actual in ten lies exactly on a 5% step of target. */
    private static boolean onStep(SplittableRandom rnd) {
        return rnd.nextInt(10) == 0;
    }

    private static Ratings ratings(SplittableRandom rnd, int... sources) {
        List<Rating> list = new ArrayList<>(12);
        for (int s : sources) {
            int u = rnd.nextInt(100);
            int n = u < 2 ? 0 : u < 12 ? 1 : 2 + rnd.nextInt(3);
            for (int j = 0; j < n; j++) {
                list.add(Rating.of(RATER_IDS[s][j], SOURCES[s], 1 + rnd.nextInt(5)));
            }
        }
        return new Ratings(list);
    }

    private static String[][] raterIds() {
        String[] prefixes = {"c", "m", "p"};
        String[][] ids = new String[prefixes.length][4];
        for (int s = 0; s < prefixes.length; s++) {
            for (int j = 0; j < 4; j++) {
                ids[s][j] = prefixes[s] + (j + 1);
            }
        }
        return ids;
    }

    /** Stafford's variant 13 of the 64-bit finaliser: neighbouring indices get unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
