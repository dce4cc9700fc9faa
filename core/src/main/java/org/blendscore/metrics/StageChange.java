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

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deal entering a stage of the sales cycle on a day.
 *
 * @param stage the stage's name, such as {@code Discovery}
 * @param entered the day the deal entered it
 */
public record StageChange(String stage, LocalDate entered) {

    /**
     * Checks that both parts are present.
     *
     * @param stage the stage's name
     * @param entered the day the deal entered it
     */
    public StageChange {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(entered, "entered");
    }
}
