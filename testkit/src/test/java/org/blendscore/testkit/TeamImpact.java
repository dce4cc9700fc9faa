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
package org.blendscore.testkit;

// tag::impact[]
import java.util.List;
import java.util.Map;
import org.blendscore.evidence.Evidence;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.Outcome;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

class TeamImpact {

    /** teamBySubject comes from the HR system, apart from the evidence: a group is never an input to scoring. */
    static AdverseImpact of(Rubric rubric, List<Evidence> batch, Map<String, String> teamBySubject) {
        List<Review> reviews = Scorer.of(rubric).scoreAll(batch).reviews();
        return AdverseImpact.of(reviews, teamBySubject, Outcome.bandAtLeast(rubric, "Meets"), 5);
    }
}
// end::impact[]
