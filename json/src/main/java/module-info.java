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
/**
 * Blendscore's JSON format: rubrics, evidence and reviews as versioned JSON documents
 * ({@code "format": "blendscore.rubric/1"} and so on), read safely from untrusted sources, with a
 * JSON Schema for every document. Built on Jackson 3 ({@code tools.jackson}); core stays free of
 * JSON libraries.
 */
module org.blendscore.json {
    requires transitive org.blendscore.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports org.blendscore.json;
}
