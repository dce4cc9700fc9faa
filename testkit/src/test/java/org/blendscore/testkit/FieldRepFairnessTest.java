package org.blendscore.testkit;

// tag::junit[]
import org.blendscore.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

class FieldRepFairnessTest {

    @Test
    void theLibrarysScoringIsFair() {
        PropertyCheck.of(FieldRepRubric.build()).seed(42).run().assertFair();
    }

    @Test
    void ourPipelineIsFairToo() {
        PropertyCheck.of(FieldRepRubric.build())
            .compiledBy(rubric -> new ReviewPipeline(rubric)::review)   // what the platform ships
            .tries(500)
            .assertFair();
    }
}
// end::junit[]
