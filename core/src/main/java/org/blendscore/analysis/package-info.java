/**
 * Exact analysis of a rubric, from the rubric alone and without sampling: monotonicity of every
 * curve, gaps and overlaps of tier tables (intervals with open and closed bounds, as in DMN
 * decision-table analysis), cliffs, each measure's influence on the overall score, the share
 * quantitative measures can move against qualitative ones, unreachable bands and guards that can
 * never fire. Start at {@link org.blendscore.analysis.RubricAnalysis#of(org.blendscore.rubric.Rubric)};
 * numbers are exact {@link org.blendscore.number.Fraction}s.
 */
package org.blendscore.analysis;
