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

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Rating;

/**
 * How a rating source's raters and comments read in each {@link View}: named, or not.
 */
final class SourceText {

    private SourceText() {
    }

    /** The line that stands for a source below its anonymity threshold. */
    static String withheld(int minRaters) {
        return "fewer than " + minRaters + " raters, not shown";
    }

    /** A withheld source given ratings, a count or a value, which it must never keep. */
    static String withheldButKept(String source) {
        return "withheld source " + source + " must keep no ratings, count or value";
    }

    /** An anonymous source's ratings without their raters: {@code 3 ratings from unnamed raters (1 N/A)}. */
    static String unnamed(SourceResult src) {
        int all = src.ratings().size();
        int notApplicable = all - src.usable();
        return all + " rating" + (all == 1 ? "" : "s") + " from unnamed raters"
                + (notApplicable == 0 ? "" : " (" + notApplicable + " N/A)");
    }

    /**
     * The source's comments, one per line: with their raters in the audit view; in the subject's view
     * only for an anonymous source that declares them shown, without raters and in text order, so that
     * no order of raters shows through.
     */
    static void comments(StringBuilder out, SourceResult src, View view) {
        List<Rating> commented = src.ratings().stream().filter(r -> r.comment().isPresent()).toList();
        if (commented.isEmpty()) {
            return;
        }
        if (view == View.AUDIT) {
            for (Rating r : commented) {
                out.append("        comment by ").append(r.raterId()).append(": ").append(r.comment().get()).append('\n');
            }
            return;
        }
        boolean shown = src.anonymity().map(a -> a.commentsShown()).orElse(false);
        if (!shown) {
            return;
        }
        commented.stream().map(Rating::comment).map(Optional::get).sorted(Comparator.naturalOrder())
                .forEach(c -> out.append("        comment: ").append(c).append('\n'));
    }
}
