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
}
