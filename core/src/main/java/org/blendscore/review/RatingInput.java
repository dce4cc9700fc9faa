package org.blendscore.review;

import java.util.List;
import org.blendscore.rubric.Aggregation;

/**
 * A rating measure's inputs: every declared source with its ratings, value and points.
 *
 * @param sources the sources in declaration order
 * @param aggregation how each source's ratings were combined
 */
public record RatingInput(List<SourceResult> sources, Aggregation aggregation) implements MeasureInput {

    /**
     * Copies the list.
     *
     * @param sources the sources in declaration order
     * @param aggregation how each source's ratings were combined
     */
    public RatingInput {
        sources = List.copyOf(sources);
    }
}
