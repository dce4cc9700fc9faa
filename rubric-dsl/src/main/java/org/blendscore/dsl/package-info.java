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
 * The fluent rubric DSL. Start from the static methods of {@link org.blendscore.dsl.RubricDsl}:
 *
 * <pre>{@code
 * Rubric rubric = rubric("enterprise-ae").version("2026.1").effective(DateRange.year(2026))
 *     .section("Revenue", 50, s -> s
 *         .quota("new-arr", 100, q -> q.target(1_000_000, "USD")
 *             .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped())))
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>The steps are staged where order matters: {@code rubric(id)} offers only {@code version(...)},
 * which offers only {@code effective(...)}, which opens the body; so every rubric has a version and
 * an effective period, checked by the compiler.
 *
 * <p>Every step is immutable: each option returns a new step and leaves the old one as it was, so a
 * half-built rubric can serve as a template for role variants and be shared between threads.
 *
 * <p>Every number can be given as a {@code BigDecimal}, taken exactly; a {@code double} is read as
 * its shortest decimal string ({@link java.math.BigDecimal#valueOf(double)}). A null argument, or a
 * describing function that returns null, is rejected at once with an error that names it.
 */
package org.blendscore.dsl;
