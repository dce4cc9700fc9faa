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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.Evidence;

/**
 * A minimal piece of evidence on which a property fails, after shrinking: the evidence, the variant
 * whose review broke the relation (when the property compares two), what went wrong in words, and
 * how to reproduce the failure.
 *
 * <p>To reproduce: {@code PropertyCheck.of(rubric).seed(seed).tries(1).check(property)} generates
 * the evidence of the failing try again and fails the same way, before shrinking.
 *
 * @param property the property that failed
 * @param finding what went wrong, such as {@code renaming subject 'ben' to 'ana' changed the overall from 61.00 to 62.00}
 * @param evidence the shrunk evidence
 * @param variant the variant of the evidence the property compared it with, if any
 * @param seed the seed of the failing try: a check with this seed and one try reproduces it
 * @param tryIndex which try of the run failed, from 0
 * @param shrinkSteps how many shrinking steps simplified the evidence
 */
public record Counterexample(ScoringProperty property, String finding, Evidence evidence, Optional<Evidence> variant, long seed,
                             int tryIndex, int shrinkSteps) {

    /**
     * Checks the parts.
     *
     * @param property the property that failed
     * @param finding what went wrong, such as {@code renaming subject 'ben' to 'ana' changed the overall from 61.00 to 62.00}
     * @param evidence the shrunk evidence
     * @param variant the variant of the evidence the property compared it with, if any
     * @param seed the seed of the failing try: a check with this seed and one try reproduces it
     * @param tryIndex which try of the run failed, from 0
     * @param shrinkSteps how many shrinking steps simplified the evidence
     */
    public Counterexample {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(variant, "variant");
    }

    /**
     * Renders the counterexample: the finding, the seed, the evidence and the variant, one fact a line.
     *
     * @return the text, lines separated by {@code \n}
     */
    public String render() {
        List<String> out = new ArrayList<>();
        out.add(finding);
        out.add("reproduce with seed " + seed + " and 1 try (try " + tryIndex + " of the run; shrunk in " + shrinkSteps
                + (shrinkSteps == 1 ? " step)" : " steps)"));
        out.add("evidence:");
        EvidenceText.lines(evidence).forEach(l -> out.add("  " + l));
        variant.ifPresent(v -> {
            out.add("variant:");
            EvidenceText.lines(v).forEach(l -> out.add("  " + l));
        });
        return String.join("\n", out);
    }

    /** The same as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }
}
