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
