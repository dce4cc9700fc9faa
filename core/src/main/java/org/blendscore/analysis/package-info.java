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
 * Exact analysis of a rubric, from the rubric alone and without sampling: monotonicity of every
 * curve, gaps and overlaps of tier tables (intervals with open and closed bounds, as in DMN
 * decision-table analysis), cliffs, each measure's influence on the overall score, the share
 * quantitative measures can move against qualitative ones, unreachable bands and guards that can
 * never fire. Start at {@link org.blendscore.analysis.RubricAnalysis#of(org.blendscore.rubric.Rubric)};
 * numbers are exact {@link org.blendscore.number.Fraction}s.
 */
package org.blendscore.analysis;
