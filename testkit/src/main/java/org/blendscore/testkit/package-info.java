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
 * Blendscore's test kit: seeded generators of valid random rubrics ({@link org.blendscore.testkit.RubricGenerator})
 * and of valid evidence for a rubric, biased towards the edges where scoring goes wrong, and metamorphic checks of a scoring function's properties with shrunk counterexamples, for any
 * test framework. Start at {@link org.blendscore.testkit.PropertyCheck#of(org.blendscore.rubric.Rubric)}.
 */
package org.blendscore.testkit;
