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
package org.blendscore.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;

/** A rubric of one rating measure, {@code trust} on 1..5, and evidence for it. */
final class CalibrationFixtures {

    static final DateRange YEAR = DateRange.year(2026);

    private CalibrationFixtures() {
    }

    static RatingScale oneToFive() {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "behaviour at level " + v, Optional.empty()));
        }
        return new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels);
    }

    /** One section, one rating measure {@code trust} with these sources, mean aggregation. */
    static Rubric rubric(RatingSource... sources) {
        RatingMeasure trust = new RatingMeasure("trust", BigDecimal.valueOf(100), oneToFive(), List.of(sources), Aggregation.MEAN);
        return new Rubric("cal-rubric", "1", YEAR, List.of(new Section("Relationship", BigDecimal.valueOf(100), List.of(trust))),
                List.of(new Band("Meets", BigDecimal.valueOf(70)), new Band("Below", BigDecimal.ZERO)), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    /** A signed manager source of weight 100 and at least one rating, declaring calibration. */
    static RatingSource calibratedManager() {
        return new RatingSource("manager", BigDecimal.valueOf(100), 1).withCalibration();
    }

    static Evidence subject(String id, Rating... ratings) {
        return Evidence.of(id, YEAR, Map.of("trust", Ratings.of(ratings)));
    }

    static Rating r(String rater, String source, long value) {
        return Rating.of(rater, source, value);
    }
}
