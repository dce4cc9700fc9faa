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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.blendscore.calibration.Calibration;
import org.blendscore.calibration.RaterOffset;
import org.blendscore.evidence.Rating;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;

/**
 * One rating measure's calibration, compiled: by source that declares it, each rater's offset.
 * Applying it subtracts a rater's offset from each of their usable ratings of a calibrated source,
 * clamped to the scale (a rater the calibration does not know counts at face value, offset 0).
 */
final class RaterOffsets {

    private final RatingScale scale;
    /** By source name, for the sources that declare calibration: the offsets by rater id. */
    private final Map<String, Map<String, BigDecimal>> bySource;

    private RaterOffsets(RatingScale scale, Map<String, Map<String, BigDecimal>> bySource) {
        this.scale = scale;
        this.bySource = bySource;
    }

    /** The measure's offsets, or null when none of its sources declares calibration. */
    static RaterOffsets of(RatingMeasure measure, Calibration calibration) {
        Map<String, Map<String, BigDecimal>> bySource = new HashMap<>();
        for (RatingSource s : measure.sources()) {
            if (s.calibrated()) {
                bySource.put(s.name(), new HashMap<>());
            }
        }
        if (bySource.isEmpty()) {
            return null;
        }
        for (RaterOffset o : calibration.offsets()) {
            Map<String, BigDecimal> raters = o.measureId().equals(measure.id()) ? bySource.get(o.source()) : null;
            if (raters != null) {
                raters.put(o.raterId(), o.offset());
            }
        }
        return new RaterOffsets(measure.scale(), bySource);
    }

    /** Whether the source declares calibration. */
    boolean calibrates(String source) {
        return bySource.containsKey(source);
    }

    /** The ratings with each usable rating of a calibrated source less its rater's offset, clamped to the scale. */
    List<Rating> apply(List<Rating> ratings) {
        List<Rating> out = new ArrayList<>(ratings.size());
        for (Rating r : ratings) {
            Map<String, BigDecimal> raters = bySource.get(r.source());
            BigDecimal offset = raters == null ? null : raters.get(r.raterId());
            if (offset == null || offset.signum() == 0 || r.value().isEmpty()) {
                out.add(r);
                continue;
            }
            BigDecimal v = r.value().get().subtract(offset).max(scale.min()).min(scale.max());
            out.add(new Rating(r.raterId(), r.source(), Optional.of(v), r.comment()));
        }
        return out;
    }

    /** The offsets applied to the raters of a source's usable ratings, by rater id (0 for a rater not estimated). */
    Map<String, BigDecimal> applied(String source, List<Rating> ratings) {
        Map<String, BigDecimal> raters = bySource.get(source);
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Rating r : ratings) {
            if (r.source().equals(source) && r.value().isPresent()) {
                out.put(r.raterId(), raters.getOrDefault(r.raterId(), BigDecimal.ZERO));
            }
        }
        return out;
    }
}
