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
/**
 * Blendscore core: the rubric model, evidence, the scoring engine and explained reviews.
 *
 * <p>A {@link org.blendscore.rubric.Rubric} is validated when it is built and compiled once into a
 * {@link org.blendscore.scoring.Scorer}, which turns {@link org.blendscore.evidence.Evidence} into an
 * immutable, explained {@link org.blendscore.review.Review}.
 */
module org.blendscore.core {
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports org.blendscore.rubric;
    exports org.blendscore.evidence;
    exports org.blendscore.scoring;
    exports org.blendscore.review;
    exports org.blendscore.number;
    exports org.blendscore.analysis;
    exports org.blendscore.impact;
    exports org.blendscore.funnel;
    exports org.blendscore.calibration;
    exports org.blendscore.guidance;
    exports org.blendscore.whatif;
    exports org.blendscore.revision;
    exports org.blendscore.team;
    exports org.blendscore.metrics;

    // The public input types (rubric parts, evidence) carry Jakarta constraint annotations, and a
    // validation provider reads the records' private fields reflectively, so these two packages are
    // open for deep reflection at run time (nothing more is exported at compile time). Open to every
    // module rather than "to org.hibernate.validator": a platform may use another provider (Apache
    // BVal) or another reflective reader, and a qualified opens to a module core does not require
    // would draw a "module not found" lint warning, which this build fails on. The records' fields are
    // final, so reflection can read but never change them; no other package is open.
    opens org.blendscore.rubric;
    opens org.blendscore.evidence;
}
