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
package org.blendscore.review;

import java.util.Objects;

/**
 * Something a reader of the review must know: evidence left out, weights renormalised, missing
 * evidence counted as zero, a band capped by a guard.
 */
public final class Warning {

    private final Kind kind;
    private final String path;
    private final String message;

    /** What a warning is about. */
    public enum Kind {
        /** A rating source had too few usable ratings and was left out; the other sources were renormalised. */
        SOURCE_LEFT_OUT,
        /** A measure had no usable evidence and was left out; its section's other measures were renormalised. */
        MEASURE_LEFT_OUT,
        /** A section had no usable measure and was left out; the other sections were renormalised. */
        SECTION_LEFT_OUT,
        /** Missing evidence was counted as zero points under the rubric's policy. */
        COUNTED_AS_ZERO,
        /** A band guard lowered the band. */
        BAND_CAPPED,
        /**
         * A band guard that fails open could not be evaluated, as its section or measure was left out for
         * missing evidence: it was skipped.
         */
        GUARD_NOT_EVALUATED,
        /**
         * A band guard could not be evaluated, as its section or measure was left out for missing
         * evidence, and failed closed: it capped the band as if its condition held.
         */
        GUARD_FAILED_CLOSED,
        /** The review's evidence covered less than the rubric's least coverage: no band, or a provisional one. */
        INCOMPLETE,
        /**
         * Quota relief above the rubric's cap, or relief over a part of the period above that part's share of
         * the target, was limited to it.
         */
        RELIEF_CAPPED,
        /** At an interim review, relief approved after the review's date was not applied. */
        RELIEF_NOT_YET_APPROVED,
        /** At an interim review, the actual has been behind the expected target for the declared number of check-ins. */
        PACING_GAP
    }

    /**
     * Checks that the parts are present.
     *
     * @param kind what happened
     * @param path where, such as {@code measures[customer-trust].sources[customer]}
     * @param message a sentence a sales rep can read
     */
    public Warning(Kind kind, String path, String message) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        this.kind = kind;
        this.path = path;
        this.message = message;
    }

    /**
     * Returns what happened.
     *
     * @return what happened
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns where, such as {@code measures[customer-trust].sources[customer]}.
     *
     * @return where, such as {@code measures[customer-trust].sources[customer]}
     */
    public String path() {
        return path;
    }

    /**
     * Returns a sentence a sales rep can read.
     *
     * @return a sentence a sales rep can read
     */
    public String message() {
        return message;
    }

    /** Equal to another Warning whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Warning other
                && Objects.equals(kind, other.kind)
                && Objects.equals(path, other.path)
                && Objects.equals(message, other.message);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(kind, path, message);
    }

    /** The parts, as {@code Warning[part=value, ...]}. */
    @Override
    public String toString() {
        return "Warning[kind=" + kind
                + ", path=" + path
                + ", message=" + message
                + "]";
    }
}
