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
package org.blendscore.rubric;

import jakarta.validation.constraints.Min;

/**
 * A rating source's anonymity: the fewest distinct raters for its ratings to be used and shown, and
 * whether its comments are shown to the subject without attribution.
 *
 * <p>Raters are counted by distinct rater id among the source's usable (not N/A) ratings: an N/A
 * answer adds nothing to the aggregate, so it cannot hide anyone in it. A source below its threshold
 * is withheld entirely: its values, rater ids and comments appear nowhere in the review, and it is
 * scored as a source without usable evidence (the measure's missing-evidence policy applies, and
 * coverage does not count it). At or above the threshold, the subject's view of a review shows the
 * source's aggregate without rater ids, and its comments only when {@code commentsShown}.
 *
 * <p>The threshold must be at least 2: with one rater the aggregate is that rater's own rating, so a
 * threshold of 1 would protect nobody while promising that it does. The rubric's structure check
 * rejects a lower one.
 *
 * @param minRaters the fewest distinct raters with a usable rating; at least 2
 * @param commentsShown whether the subject's view lists the source's comments, without attribution
 */
public record Anonymity(@Min(2) int minRaters, boolean commentsShown) {

    /**
     * An anonymity threshold whose comments are not shown to the subject (the default).
     *
     * @param minRaters the fewest distinct raters with a usable rating; at least 2
     * @return the anonymity
     */
    public static Anonymity atLeast(int minRaters) {
        return new Anonymity(minRaters, false);
    }

    /**
     * A copy whose comments the subject's view lists, without attribution.
     *
     * @return a new anonymity
     */
    public Anonymity withCommentsShown() {
        return new Anonymity(minRaters, true);
    }
}
