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
package org.blendscore.scoring;

/**
 * The messages of scoring's own argument errors and interruptions, one named factory each (the
 * evidence's problems are in {@link EvidenceMessages}, a review's warnings in {@link WarningMessages}).
 */
final class ScoringMessages {

    private ScoringMessages() {
    }

    /** A parallel run asked for fewer than one thread. */
    static String tooFewThreads(int threads) {
        return "threads must be at least 1, not " + threads;
    }

    /** Batch counts below zero. */
    static String negativeCounts(long reviewed, long rejected) {
        return "counts cannot be negative: reviewed " + reviewed + ", rejected " + rejected;
    }

    /** A parallel run whose calling thread was interrupted while it handed out records. */
    static String recordsAbandoned() {
        return "interrupted; the records not yet delivered were abandoned";
    }

    /** A parallel run whose calling thread was interrupted while it waited for a chunk. */
    static String interruptedWaiting() {
        return "interrupted while waiting for a chunk of records to be scored";
    }

    /** A pattern cache asked for more parts than a pattern key holds. */
    static String tooManyParts(int max, int parts) {
        return "at most " + max + " parts, not " + parts;
    }

    /** A guard's band missing from a compiled rubric: cannot happen, as the rubric checked it. */
    static String guardBandUnchecked(String capAt) {
        return "band " + capAt + " was checked when the rubric was built";
    }

    /** Evidence whose canonical form, for its fingerprint, would not fit a byte array. */
    static String canonicalFormTooLarge() {
        return "the canonical form of this evidence would exceed 2 GB; it cannot be fingerprinted";
    }
}
