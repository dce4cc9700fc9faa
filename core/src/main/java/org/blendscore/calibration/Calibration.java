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
import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;

/**
 * Each rater's leniency or severity in a rubric's rating measures, estimated from all of that rater's
 * ratings across subjects, for the sources that declare calibration
 * ({@link RatingSource#calibrated()}).
 *
 * <p>The estimate is mean-centring with shrinkage: a rating is compared with the mean of the other
 * raters' ratings of the same subject in the same measure (pooling the measure's calibrated sources);
 * a rater's offset is the sum of those n residuals divided by (n + k), so that a rater with few
 * ratings is pulled toward zero (see {@link CalibrationRules}). It is exact, needs no iteration, and
 * each offset can be explained by the ratings behind it.
 *
 * <pre>{@code
 * Calibration calibration = Calibration.estimate(periodEvidence, rubric, CalibrationRules.defaults());
 * Scorer scorer = Scorer.of(rubric).calibrated(calibration);
 * System.out.println(calibration.report()); // for HR and audit: names every rater
 * }</pre>
 */
public final class Calibration {

    private final String rubricId;
    private final String rubricVersion;
    private final CalibrationRules rules;
    private final List<RaterOffset> offsets;

    /**
     * Checks and copies the parts; used to rebuild a stored calibration.
     *
     * @param rubricId the rubric's id
     * @param rubricVersion the rubric's version
     * @param rules the rules it was estimated under
     * @param offsets every rater's offset, by measure, source and rater
     */
    public Calibration(String rubricId, String rubricVersion, CalibrationRules rules, List<RaterOffset> offsets) {
        this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
        this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.offsets = List.copyOf(Objects.requireNonNull(offsets, "offsets"));
    }

    /**
     * Estimates the offsets of every rater of the rubric's sources that declare calibration, from a
     * period's evidence. Ratings of sources that do not declare it, of measures the rubric does not
     * have, and N/A answers are not read.
     *
     * @param evidence every subject's evidence of the period
     * @param rubric the rubric
     * @param rules how to estimate
     * @return the calibration
     * @throws IllegalArgumentException if a rating of a calibrated source is off its measure's scale;
     *     the message names the subject, measure and rater
     */
    public static Calibration estimate(Iterable<? extends Evidence> evidence, Rubric rubric, CalibrationRules rules) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(rules, "rules");
        List<OffsetEstimator> estimators = new ArrayList<>();
        for (Measure m : rubric.measures()) {
            if (m instanceof RatingMeasure r && r.sources().stream().anyMatch(RatingSource::calibrated)) {
                estimators.add(new OffsetEstimator(r, rules));
            }
        }
        for (Evidence e : evidence) {
            Objects.requireNonNull(e, CalibrationMessages.evidenceElement());
            for (OffsetEstimator estimator : estimators) {
                estimator.add(e);
            }
        }
        List<RaterOffset> all = new ArrayList<>();
        for (OffsetEstimator estimator : estimators) {
            all.addAll(estimator.offsets());
        }
        return new Calibration(rubric.id(), rubric.version(), rules, all);
    }

    /**
     * Returns the id of the rubric it was estimated for.
     *
     * @return the rubric id
     */
    public String rubricId() {
        return rubricId;
    }

    /**
     * Returns the version of the rubric it was estimated for.
     *
     * @return the rubric version
     */
    public String rubricVersion() {
        return rubricVersion;
    }

    /**
     * Returns the rules it was estimated under.
     *
     * @return the rules
     */
    public CalibrationRules rules() {
        return rules;
    }

    /**
     * Returns every rater's offset, by measure (the rubric's order), source (the measure's order) and rater id.
     *
     * @return the offsets
     */
    public List<RaterOffset> offsets() {
        return offsets;
    }

    /**
     * The offset of one rater of one source of one measure.
     *
     * @param measureId the rating measure
     * @param source the source
     * @param raterId the rater
     * @return the offset, or empty when the rater was not estimated (their ratings then count at face value)
     */
    public Optional<RaterOffset> offset(String measureId, String source, String raterId) {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(raterId, "raterId");
        return offsets.stream().filter(o -> o.measureId().equals(measureId) && o.source().equals(source)
                && o.raterId().equals(raterId)).findFirst();
    }

    /**
     * Whether it was estimated for this rubric (same id and version).
     *
     * @param rubric a rubric
     * @return true if it fits
     */
    public boolean fits(Rubric rubric) {
        return rubric.id().equals(rubricId) && rubric.version().equals(rubricVersion);
    }

    /**
     * Checks that it was estimated for this rubric.
     *
     * @param rubric the rubric a scorer applies
     * @throws IllegalArgumentException naming both rubrics if it was estimated for another
     */
    public void requireFits(Rubric rubric) {
        if (!fits(Objects.requireNonNull(rubric, "rubric"))) {
            throw new IllegalArgumentException(CalibrationMessages.otherRubric(rubricId + " " + rubricVersion,
                    rubric.id() + " " + rubric.version()));
        }
    }

    /**
     * The calibration report: for each rater, the number of ratings, the offset, its interval and a
     * warning when too few ratings stand behind it. It names every rater, those of anonymous sources
     * too: it is an HR and audit artefact, never to be shown to the people rated.
     *
     * @return the report, one line per rater
     */
    public String report() {
        return CalibrationText.report(this);
    }

    /** Equal to another Calibration whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Calibration other && rubricId.equals(other.rubricId)
                && rubricVersion.equals(other.rubricVersion) && rules.equals(other.rules) && offsets.equals(other.offsets);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(rubricId, rubricVersion, rules, offsets);
    }

    /** The parts, as {@code Calibration[part=value, ...]}. */
    @Override
    public String toString() {
        return "Calibration[rubricId=" + rubricId + ", rubricVersion=" + rubricVersion + ", rules=" + rules
                + ", offsets=" + offsets + "]";
    }
}
