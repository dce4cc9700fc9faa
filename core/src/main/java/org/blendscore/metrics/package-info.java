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
 * Sales metrics computed from records (deals, activities, survey responses, accounts' revenue),
 * each with a published exact definition, exact arithmetic ({@link org.blendscore.number.Fraction})
 * and its provenance: which records counted, which were excluded and why, and which were bad.
 *
 * <p>{@link org.blendscore.metrics.SalesMetrics} is the entry point; each metric gives a
 * {@link org.blendscore.metrics.MetricResult}, whose {@code asQuotaActual()} is the evidence of a
 * quota measure that the metric feeds. Nothing in scoring reads this package.
 */
package org.blendscore.metrics;
