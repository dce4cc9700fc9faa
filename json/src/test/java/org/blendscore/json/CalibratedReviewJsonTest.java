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
package org.blendscore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.calibration.Calibration;
import org.blendscore.calibration.CalibrationRules;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Review;
import org.blendscore.review.SourceResult;
import org.blendscore.review.View;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * A calibrated source's raw values and rater offsets travel in {@code blendscore.review/1}: the audit
 * view reads back into an equal review, both views validate, and an anonymous source's offsets never
 * appear. The figures are core's worked calibration example: m-a +0.80, m-b -1.00, s1's mean 4.00 as
 * rated and 4.10 calibrated.
 */
class CalibratedReviewJsonTest {

    private static final DateRange YEAR = DateRange.year(2026);
    private static final Schema REVIEW = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema(JsonFormat.REVIEW));

    private static Rubric rubric(RatingSource source) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "behaviour at level " + v, Optional.empty()));
        }
        RatingScale scale = new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels);
        RatingMeasure trust = new RatingMeasure("trust", BigDecimal.valueOf(100), scale, List.of(source), Aggregation.MEAN);
        return new Rubric("cal-rubric", "1", YEAR, List.of(new Section("Relationship", BigDecimal.valueOf(100), List.of(trust))),
                List.of(new Band("Meets", BigDecimal.valueOf(70)), new Band("Below", BigDecimal.ZERO)), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    private static Evidence subject(String id, String source, String a, long va, String b, long vb) {
        return Evidence.of(id, YEAR, Map.of("trust", Ratings.of(Rating.of(a, source, va), Rating.of(b, source, vb))));
    }

    private static List<Evidence> period(String source, String a, String b, String c) {
        return List.of(subject("s1", source, a, 5, b, 3), subject("s2", source, a, 4, b, 2), subject("s3", source, a, 4, c, 4));
    }

    private static SourceResult source(Review review) {
        return ((RatingInput) review.measures().get(0).input()).sources().get(0);
    }

    private static void valid(String json) {
        List<Error> errors = REVIEW.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }

    @Test
    void aSignedCalibratedSourceKeepsRawValuesAndOffsetsThroughJson() {
        Rubric rubric = rubric(new RatingSource("manager", BigDecimal.valueOf(100), 1).withCalibration());
        List<Evidence> period = period("manager", "m-a", "m-b", "m-c");
        Calibration c = Calibration.estimate(period, rubric, CalibrationRules.defaults().withMinRatings(3));
        Review s1 = Scorer.of(rubric).calibrated(c).score(period.get(0));

        String audit = ReviewJson.write(s1, View.AUDIT);
        assertTrue(audit.contains("\"calibrated\" : true"), audit);
        assertTrue(audit.contains("\"rawValue\" : \"4.00\"") && audit.contains("\"rawPoints\" : \"75.00\""), audit);
        assertTrue(audit.contains("\"value\" : \"4.10\"") && audit.contains("\"points\" : \"77.50\""), audit);
        assertTrue(audit.contains("\"offsets\" : {\n") && audit.contains("\"m-a\" : \"0.80\"") && audit.contains("\"m-b\" : \"-1.00\""), audit);
        Review read = ReviewJson.read(audit);
        assertEquals(s1, read);
        assertEquals(Map.of("m-a", new BigDecimal("0.80"), "m-b", new BigDecimal("-1.00")), source(read).offsets());
        valid(audit);
        valid(ReviewJson.write(s1, View.SUBJECT));
    }

    @Test
    void anAnonymousCalibratedSourceShowsRawAndCalibratedValuesButNoOffsets() {
        Rubric rubric = rubric(new RatingSource("peer", BigDecimal.valueOf(100), 1).withAnonymity(Anonymity.atLeast(2)).withCalibration());
        List<Evidence> period = period("peer", "p-1", "p-2", "p-3");
        Calibration c = Calibration.estimate(period, rubric, CalibrationRules.defaults().withMinRatings(3));
        Review s1 = Scorer.of(rubric).calibrated(c).score(period.get(0));
        assertTrue(source(s1).calibrated());
        for (View view : View.values()) {
            String json = ReviewJson.write(s1, view);
            valid(json);
            assertTrue(json.contains("\"rawValue\" : \"4.00\"") && json.contains("\"offsets\" : { }"), json);
            assertFalse(json.contains("0.80") || json.contains("-1.00"), json);
        }
        assertEquals(s1, ReviewJson.read(ReviewJson.write(s1, View.AUDIT)));
    }
}
