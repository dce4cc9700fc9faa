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
package org.blendscore.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.blendscore.benchmarks.BenchBatch;
import org.blendscore.benchmarks.BenchRubric;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.RubricJson;
import tools.jackson.databind.json.JsonMapper;

/** Rubric and evidence documents for the tests: the bench rubric, a revision of it, bench records as JSON lines. */
final class TestDocuments {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TestDocuments() {
    }

    static String benchRubric() {
        return RubricJson.write(BenchRubric.build());
    }

    /** The bench rubric's next version: Meets from 65 rather than 70. */
    static String revisedBenchRubric() {
        String revised = benchRubric().replace("\"version\" : \"2026.1\"", "\"version\" : \"2026.2\"")
                .replace("\"lowerBound\" : \"70\"", "\"lowerBound\" : \"65\"");
        if (revised.equals(benchRubric()) || !revised.contains("2026.2") || !revised.contains("\"65\"")) {
            throw new IllegalStateException("the bench rubric's document changed shape; revise the revision");
        }
        return revised;
    }

    /** One line of JSON: the evidence document, compacted. */
    static String line(int index) {
        return MAPPER.readTree(EvidenceJson.write(BenchBatch.record(BenchBatch.SEED, index))).toString();
    }

    static List<String> lines(int count) {
        return IntStream.range(0, count).mapToObj(TestDocuments::line).collect(Collectors.toCollection(ArrayList::new));
    }
}
