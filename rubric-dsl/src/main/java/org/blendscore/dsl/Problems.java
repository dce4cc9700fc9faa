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
package org.blendscore.dsl;

import java.util.ArrayList;
import java.util.List;
import org.blendscore.rubric.RubricProblem;

/** Collects the problems that the DSL itself finds (a part never given), each with its rubric path. */
final class Problems {

    private final List<RubricProblem> list = new ArrayList<>();

    void missing(String path, String what) {
        list.add(new RubricProblem(path, DslErrors.missing(what)));
    }

    List<RubricProblem> list() {
        return list;
    }
}
