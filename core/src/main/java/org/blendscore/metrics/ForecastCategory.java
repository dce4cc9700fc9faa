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
package org.blendscore.metrics;

/** The forecast category a deal was in as of the period's start, from least to most certain. */
public enum ForecastCategory {
    /** Left out of the forecast. */
    OMITTED,
    /** In the pipeline, not yet called. */
    PIPELINE,
    /** Could close in the period. */
    BEST_CASE,
    /** Committed to close in the period. */
    COMMIT
}
