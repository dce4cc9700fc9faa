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
package org.blendscore.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.blendscore.json.RubricJson;
import org.blendscore.scoring.Scorer;

/**
 * The scorers of an executor JVM, one per rubric, each compiled from the rubric's JSON the first time a
 * task of that JVM needs it and shared by every later task (a {@link Scorer} is immutable and
 * thread-safe). Keyed by the SHA-256 of the rubric document, so two revisions of one rubric id never
 * share a scorer. This is the one piece of static state in Blendscore, and it is here because Spark
 * gives a task no other place that outlives it: a broadcast variable holds data, not a compiled
 * object. It holds at most {@value #MAX_RUBRICS} scorers and is emptied when a new one would pass
 * that, so a long-lived executor that sees many rubric revisions does not grow without bound.
 */
final class RubricCache {
    /** The most scorers kept in one JVM. */
    static final int MAX_RUBRICS = 64;

    private static final Map<String, Scorer> SCORERS = new ConcurrentHashMap<>();

    private RubricCache() {
    }

    /**
     * The scorer of a rubric document, compiled once per JVM.
     *
     * @param hash the document's {@link #hash}, computed once on the driver
     * @param rubricJson the rubric document
     * @return the scorer
     */
    static Scorer scorer(String hash, String rubricJson) {
        Scorer cached = SCORERS.get(hash);
        if (cached != null) {
            return cached;
        }
        if (SCORERS.size() >= MAX_RUBRICS) {
            SCORERS.clear();
        }
        return SCORERS.computeIfAbsent(hash, h -> Scorer.of(RubricJson.read(rubricJson)));
    }

    /**
     * The SHA-256 of a rubric document, in hex: the key under which its scorer is kept.
     *
     * @param rubricJson the rubric document
     * @return 64 hex digits
     */
    static String hash(String rubricJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(rubricJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * How many scorers this JVM holds (for tests: compiled once per JVM).
     *
     * @return the number of rubrics compiled and kept
     */
    static int size() {
        return SCORERS.size();
    }
}
