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

import java.util.Objects;
import org.blendscore.review.Review;

/**
 * One rep on the team dashboard: the name shown (user input, escaped) and their review.
 *
 * @param name the rep's name as shown
 * @param review the rep's review
 */
public record TeamMember(String name, Review review) {

    /**
     * Checks that both parts are present.
     *
     * @param name the rep's name as shown
     * @param review the rep's review
     * @throws NullPointerException naming the part that is null
     */
    public TeamMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(review, "review");
    }
}
