package org.blendscore.scoring;

import java.util.List;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Section;

/**
 * A section prepared for scoring.
 *
 * @param section the section
 * @param weight its declared weight as a fraction of 1
 * @param measures its measures
 * @param first the position of its first measure among all the rubric's measures
 * @param leftOut the warning a review carries when the section is left out
 */
record CompiledSection(Section section, Rational weight, List<CompiledMeasure> measures, int first, Warning leftOut) {
}
