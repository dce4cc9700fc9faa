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

/**
 * The first step of a rubric, from {@link RubricDsl#rubric(String)}: it offers only
 * {@link #version(String)}, so that every rubric names its version, then its effective period,
 * before anything else. Immutable.
 */
public final class RubricVersionStep {

    private final String id;

    RubricVersionStep(String id) {
        this.id = Args.notNull(id, "rubric id");
    }

    /**
     * The published version, such as {@code 2026.1}; its effective period comes next.
     *
     * @param version the version; checked when the rubric is built (it must not be blank)
     * @return the step that takes the effective period
     * @throws NullPointerException if {@code version} is null
     */
    public RubricEffectiveStep version(String version) {
        return new RubricEffectiveStep(id, Args.notNull(version, "version of rubric '" + id + "'"));
    }
}
