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

import java.util.List;
import org.blendscore.number.Fraction;
import org.blendscore.review.Warning;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Section;

/**
 * A section prepared for scoring.
 *
 * @param section the section
 * @param weight its declared weight as a fraction of 1
 * @param measures its measures
 * @param first the position of its first measure among all the rubric's measures
 * @param leftOut the warning a review carries when the section is left out
 * @param policy the section's policy for missing evidence: its own, else the rubric's; it decides what
 *     happens when none of its measures has usable evidence (left out, counted as zero, or rejected)
 * @param countedAsZero the warning a review carries when the section is counted as zero
 */
record CompiledSection(Section section, Fraction weight, List<CompiledMeasure> measures, int first, Warning leftOut,
                       MissingEvidencePolicy policy, Warning countedAsZero) {
}
