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
package org.blendscore.documents;

import java.util.List;
import java.util.Map;
import org.blendscore.review.Review;

/**
 * The place of "the path to the next band" (issue 16) in the review statement. That path is computed
 * in core by its own work; when core offers it, this class turns its steps into rows
 * ({@code step}: the smallest change of one measure that alone reaches the next band) and the
 * statement's {@code path-to-next-band} section shows them. Until then there are no rows and the
 * section is left out of the page.
 */
final class NextBandPlace {

    private NextBandPlace() {
    }

    static List<Map<String, Object>> steps(Review review) {
        return List.of();
    }
}
