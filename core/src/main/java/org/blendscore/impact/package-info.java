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
 * Adverse-impact analysis: given reviews, a group label per subject kept apart from scoring, and an
 * outcome (band at least X, overall at least Y, top N%), the selection rate of every group, its
 * impact ratio against the group with the highest rate, the four-fifths rule, the pooled
 * two-proportion z test and Fisher's exact test. Start at
 * {@link org.blendscore.impact.AdverseImpact#of(java.util.List, java.util.Map, org.blendscore.impact.Outcome, int)}.
 */
package org.blendscore.impact;
