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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.RubricLimits;

/**
 * Checks the counts of a record's parts and the lengths of its texts against {@link EvidenceLimits},
 * before anything else of the record is checked: each count and length is looked at once, in constant
 * time, a list over its limit is not looked into, and a problem names a part whose text is too long by
 * its position, so no message is made of a long text.
 */
final class EvidenceSizeChecks {

    /** Where the problems found go: measure, rater, field and message, as the record's check keeps them. */
    interface Problems {

        /** Adds a problem. */
        void add(Optional<String> measure, Optional<String> rater, String field, String message);
    }

    private static final Optional<String> NONE = Optional.empty();

    /** Where problems go, or null while only looking whether there is any. */
    private final Problems problems;
    private boolean found;

    private EvidenceSizeChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * Checks the counts, then (when they are within the limits) the texts of a record. A record within
     * the limits is looked at once, in the maps' own order; one over a limit is looked at again, its
     * maps' keys sorted, so that its problems are listed in the same order on every run.
     *
     * @return whether all are within the limits; if not, the problems were added
     */
    static boolean check(Evidence evidence, Problems problems) {
        if (new EvidenceSizeChecks(null).run(evidence, false)) {
            return true;
        }
        new EvidenceSizeChecks(problems).run(evidence, true);
        return false;
    }

    /** Whether every count and length is within the limits; the texts only when the counts are. */
    private boolean run(Evidence evidence, boolean sorted) {
        counts(evidence, sorted);
        if (!found) {
            texts(evidence, sorted);
        }
        return !found;
    }

    private static <K> Iterable<K> keys(Map<K, ?> map, boolean sorted) {
        return sorted && map.size() > 1 ? map.keySet().stream().sorted().toList() : map.keySet();
    }

    private void add(Optional<String> measure, String field, String message) {
        found = true;
        if (problems != null) {
            problems.add(measure, NONE, field, message);
        }
    }

    private void count(Optional<String> measure, String field, String parts, long count, int max, String limit) {
        if (count > max) {
            add(measure, field, problems == null ? "" : RubricLimits.countMessage(parts, count, max, "EvidenceLimits." + limit));
        }
    }

    private boolean tooLong(Optional<String> measure, String field, String what, String text, int max, String limit) {
        if (text.length() > max) {
            add(measure, field, problems == null ? "" : RubricLimits.lengthMessage(what, text, max, "EvidenceLimits." + limit));
            return true;
        }
        return false;
    }

    private boolean idTooLong(Optional<String> measure, String field, String what, String text) {
        return tooLong(measure, field, what, text, EvidenceLimits.MAX_ID_LENGTH, "MAX_ID_LENGTH");
    }

    private void counts(Evidence e, boolean sorted) {
        count(NONE, "attributes", EvidenceSizeMessages.ATTRIBUTES, e.attributes().size(), EvidenceLimits.MAX_ATTRIBUTES, "MAX_ATTRIBUTES");
        count(NONE, "factors", EvidenceSizeMessages.TARGET_FACTORS, e.factors().size(), EvidenceLimits.MAX_FACTORS, "MAX_FACTORS");
        count(NONE, "participation.leaves", EvidenceSizeMessages.LEAVES, e.participation().leaves().size(), EvidenceLimits.MAX_LEAVES, "MAX_LEAVES");
        if (e.measures().size() > EvidenceLimits.MAX_MEASURES) {
            count(NONE, "measures", EvidenceSizeMessages.MEASURES, e.measures().size(), EvidenceLimits.MAX_MEASURES, "MAX_MEASURES");
            return;
        }
        long ratings = 0;
        for (String key : keys(e.measures(), sorted)) {
            // a long measure id is reported with the texts; here it is not repeated
            Optional<String> id = key.length() <= EvidenceLimits.MAX_ID_LENGTH ? Optional.of(key) : NONE;
            MeasureEvidence me = e.measures().get(key);
            if (me instanceof Ratings r) {
                count(id, "ratings", EvidenceSizeMessages.RATINGS_OF_A_MEASURE, r.ratings().size(), EvidenceLimits.MAX_RATINGS_PER_MEASURE,
                        "MAX_RATINGS_PER_MEASURE");
                ratings += r.ratings().size();
            } else if (me instanceof QuotaActual a) {
                count(id, "checkIns", EvidenceSizeMessages.CHECK_INS, a.checkIns().size(), EvidenceLimits.MAX_CHECK_INS, "MAX_CHECK_INS");
                count(id, "reliefs", EvidenceSizeMessages.RELIEFS, a.reliefs().size(), EvidenceLimits.MAX_RELIEFS, "MAX_RELIEFS");
                if (a.basis().isPresent()) {
                    count(id, "basis.parts", EvidenceSizeMessages.BASIS_PARTS, a.basis().get().parts().size(), EvidenceLimits.MAX_BASIS_PARTS,
                            "MAX_BASIS_PARTS");
                }
            } else if (me instanceof MilestonesReached r) {
                count(id, "reached", EvidenceSizeMessages.MILESTONES, (long) r.reached().size() + r.counts().size(), EvidenceLimits.MAX_MILESTONES,
                        "MAX_MILESTONES");
            }
        }
        if (!found) {
            // the ratings of all measures, when none is over the limit of one measure
            count(NONE, "measures", EvidenceSizeMessages.RATINGS, ratings, EvidenceLimits.MAX_RATINGS, "MAX_RATINGS");
        }
    }

    private void basisTexts(Optional<String> id, ActualBasis b) {
        tooLong(id, "basis.text", EvidenceSizeMessages.BASIS, b.text(), EvidenceLimits.MAX_TEXT_LENGTH, "MAX_TEXT_LENGTH");
        for (int k = 0; k < b.parts().size(); k++) {
            BasisPart part = b.parts().get(k);
            idTooLong(id, "basis.parts[" + k + "].label", EvidenceSizeMessages.BASIS_LABEL, part.label());
            tooLong(id, "basis.parts[" + k + "].detail", EvidenceSizeMessages.BASIS_DETAIL, part.detail(), EvidenceLimits.MAX_TEXT_LENGTH,
                    "MAX_TEXT_LENGTH");
        }
    }

    private void texts(Evidence e, boolean sorted) {
        if (idTooLong(NONE, "subjectId", EvidenceSizeMessages.SUBJECT_ID, e.subjectId())) {
            // every problem names the subject: one problem is enough
            return;
        }
        for (String name : keys(e.attributes(), sorted)) {
            if (!idTooLong(NONE, "attributes", EvidenceSizeMessages.ATTRIBUTE_NAME, name)) {
                tooLong(NONE, "attributes[" + name + "]", EvidenceSizeMessages.ATTRIBUTE_VALUE, e.attributes().get(name), EvidenceLimits.MAX_TEXT_LENGTH,
                        "MAX_TEXT_LENGTH");
            }
        }
        for (String name : keys(e.factors(), sorted)) {
            idTooLong(NONE, "factors", EvidenceSizeMessages.TARGET_FACTOR_NAME, name);
        }
        for (String key : keys(e.measures(), sorted)) {
            if (idTooLong(NONE, "measures", EvidenceSizeMessages.MEASURE_ID, key)) {
                continue;
            }
            Optional<String> id = Optional.of(key);
            MeasureEvidence me = e.measures().get(key);
            if (me instanceof Ratings r) {
                ratingTexts(id, r.ratings());
            } else if (me instanceof QuotaActual a) {
                for (int k = 0; k < a.reliefs().size(); k++) {
                    Relief relief = a.reliefs().get(k);
                    tooLong(id, "reliefs[" + k + "].reason", EvidenceSizeMessages.REASON, relief.reason(), EvidenceLimits.MAX_TEXT_LENGTH, "MAX_TEXT_LENGTH");
                    idTooLong(id, "reliefs[" + k + "].approver", EvidenceSizeMessages.APPROVER, relief.approver());
                }
                a.basis().ifPresent(b -> basisTexts(id, b));
            } else if (me instanceof MilestonesReached r) {
                for (String reached : sorted && r.reached().size() > 1 ? r.reached().stream().sorted().toList() : r.reached()) {
                    idTooLong(id, "reached", EvidenceSizeMessages.MILESTONE_ID, reached);
                }
                for (String counted : keys(r.counts(), sorted)) {
                    idTooLong(id, "counts", EvidenceSizeMessages.MILESTONE_ID, counted);
                }
            }
        }
    }

    private void ratingTexts(Optional<String> id, List<Rating> ratings) {
        for (int k = 0; k < ratings.size(); k++) {
            Rating r = ratings.get(k);
            if (r.raterId().length() > EvidenceLimits.MAX_ID_LENGTH || r.source().length() > EvidenceLimits.MAX_ID_LENGTH
                    || r.comment().isPresent() && r.comment().get().length() > EvidenceLimits.MAX_TEXT_LENGTH) {
                idTooLong(id, "ratings[" + k + "].raterId", EvidenceSizeMessages.RATER_ID, r.raterId());
                idTooLong(id, "ratings[" + k + "].source", EvidenceSizeMessages.SOURCE, r.source());
                if (r.comment().isPresent()) {
                    tooLong(id, "ratings[" + k + "].comment", EvidenceSizeMessages.COMMENT, r.comment().get(), EvidenceLimits.MAX_TEXT_LENGTH,
                            "MAX_TEXT_LENGTH");
                }
            }
        }
    }
}
