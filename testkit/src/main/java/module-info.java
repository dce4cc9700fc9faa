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
 * Blendscore's test kit: generators of valid evidence for a rubric and metamorphic checks of the
 * properties of a scoring function (fairness among them), run against any scoring function, the
 * library's scorer or a platform's own pipeline. It
 * depends on no test framework; a failed check throws a plain {@link AssertionError}.
 */
module org.blendscore.testkit {
    requires transitive org.blendscore.core;

    exports org.blendscore.testkit;
}
