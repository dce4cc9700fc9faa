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
package org.blendscore.team;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's review, rolled up from its members' reviews. Members are listed by subject id, so the same
 * members give the same team review whatever order their reviews came in.
 *
 * @param teamId the team
 * @param aggregation how the members' scores were rolled up
 * @param score the team's score at 2 decimals, rounded half-even from the exact aggregate; empty when
 *     no member was reviewed
 * @param counted the members whose reviews counted, by subject id
 * @param rejected the members whose evidence was rejected, by subject id
 * @param missing the members with neither a review nor a rejection, by subject id
 */
public record TeamReview(String teamId, Aggregation aggregation, Optional<BigDecimal> score, List<MemberScore> counted,
                         List<String> rejected, List<String> missing) {

    /**
     * Checks that the parts are present and copies the lists.
     *
     * @param teamId the team
     * @param aggregation how the members' scores were rolled up
     * @param score the team's score; empty when no member was reviewed
     * @param counted the members whose reviews counted
     * @param rejected the members whose evidence was rejected
     * @param missing the members with neither a review nor a rejection
     */
    public TeamReview {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(score, "score");
        counted = List.copyOf(counted);
        rejected = List.copyOf(rejected);
        missing = List.copyOf(missing);
    }

    /**
     * Whether every member counted.
     *
     * @return true when no member was rejected or missing
     */
    public boolean complete() {
        return rejected.isEmpty() && missing.isEmpty();
    }

    /**
     * The team review in plain text: the score and rule, each member counted, and who was left out and why.
     *
     * @return the explanation
     */
    public String explain() {
        return TeamMessages.explain(this);
    }
}
