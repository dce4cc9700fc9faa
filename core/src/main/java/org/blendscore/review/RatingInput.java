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
import java.util.List;
import org.blendscore.rubric.Aggregation;

/**
 * A rating measure's inputs: every declared source with its ratings, value and points.
 */
public final class RatingInput implements MeasureInput {

    private final List<SourceResult> sources;
    private final Aggregation aggregation;

    /**
     * Copies the list.
     *
     * @param sources the sources in declaration order
     * @param aggregation how each source's ratings were combined
     */
    public RatingInput(List<SourceResult> sources, Aggregation aggregation) {
        sources = List.copyOf(sources);
        this.sources = sources;
        this.aggregation = aggregation;
    }

    /**
     * Returns the sources in declaration order.
     *
     * @return the sources in declaration order
     */
    public List<SourceResult> sources() {
        return sources;
    }

    /**
     * Returns how each source's ratings were combined.
     *
     * @return how each source's ratings were combined
     */
    public Aggregation aggregation() {
        return aggregation;
    }

    /** Equal to another RatingInput whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RatingInput other
                && Objects.equals(sources, other.sources)
                && Objects.equals(aggregation, other.aggregation);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(sources, aggregation);
    }

    /** The parts, as {@code RatingInput[part=value, ...]}. */
    @Override
    public String toString() {
        return "RatingInput[sources=" + sources
                + ", aggregation=" + aggregation
                + "]";
    }
}
