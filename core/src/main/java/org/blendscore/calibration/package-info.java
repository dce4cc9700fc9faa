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
 * Rater calibration: each rater's leniency or severity, estimated from all of that rater's ratings
 * across subjects by mean-centring with shrinkage toward zero, exact and explainable.
 *
 * <p>A {@link org.blendscore.calibration.Calibration} is estimated once for a rubric from a period's
 * evidence ({@link org.blendscore.calibration.Calibration#estimate}) and handed to a scorer
 * ({@code Scorer.calibrated}), which subtracts each rater's offset from the ratings of the sources
 * that declare calibration. Its {@link org.blendscore.calibration.Calibration#report() report} names
 * every rater, anonymous sources' raters included: it is an HR and audit artefact, never shown to
 * the people rated. A subject's review shows raw and calibrated values side by side, and the offsets
 * of signed sources' raters only.
 */
package org.blendscore.calibration;
