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
 * What-if: a population re-scored under two scorers side by side, streaming
 * ({@link org.blendscore.whatif.WhatIf}): each subject's overall score and band before and after and
 * the measures that drive the change ({@link org.blendscore.whatif.SubjectChange}), and over the whole
 * population the band migration matrix ({@link org.blendscore.whatif.BandMigrations}), the drivers,
 * the rejected records and the adverse impact before and after ({@link org.blendscore.whatif.WhatIfSummary}).
 * It sits on top of core: it reads scoring, reviews and adverse impact, and nothing in core reads it.
 */
package org.blendscore.whatif;
