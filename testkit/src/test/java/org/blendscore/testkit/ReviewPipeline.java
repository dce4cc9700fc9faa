package org.blendscore.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

/**
 * A platform's scoring pipeline, as the README's JUnit example checks it: it drops the comments of
 * ratings (they are stored elsewhere) and scores with the library's scorer.
 */
final class ReviewPipeline {

    private final Scorer scorer;

    ReviewPipeline(Rubric rubric) {
        this.scorer = Scorer.of(rubric);
    }

    Review review(Evidence evidence) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        evidence.measures().forEach((id, m) -> measures.put(id, m instanceof Ratings r ? withoutComments(r) : m));
        return scorer.score(new Evidence(evidence.subjectId(), evidence.period(), measures, evidence.attributes(),
                evidence.participation(), evidence.factors()));
    }

    private static Ratings withoutComments(Ratings ratings) {
        List<Rating> plain = ratings.ratings().stream()
                .map(r -> new Rating(r.raterId(), r.source(), r.value(), java.util.Optional.empty())).toList();
        return new Ratings(plain);
    }
}
