package org.blendscore.testkit;

// tag::junit[]
import org.blendscore.testkit.FairnessCheck;
import org.junit.jupiter.api.Test;

class FieldRepFairnessTest {

    @Test
    void theLibrarysScoringIsFair() {
        FairnessCheck.of(FieldRepRubric.build()).seed(42).run().assertFair();
    }

    @Test
    void ourPipelineIsFairToo() {
        FairnessCheck.of(FieldRepRubric.build())
            .compiledBy(rubric -> new ReviewPipeline(rubric)::review)   // what the platform ships
            .tries(500)
            .assertFair();
    }
}
// end::junit[]
