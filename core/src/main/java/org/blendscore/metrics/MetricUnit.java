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

/** What a metric's value is, and so how it is shown and handed to a quota measure. */
public enum MetricUnit {
    /** A share from 0 to 1 (can exceed 1 for retention and coverage), shown and handed over in percent. */
    PERCENT,
    /** An amount of money, in the records' currency. */
    AMOUNT,
    /** A number of days. */
    DAYS,
    /** A plain number, such as a net promoter score from -100 to 100 or a coverage ratio. */
    NUMBER
}
