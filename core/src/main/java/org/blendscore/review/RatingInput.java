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
