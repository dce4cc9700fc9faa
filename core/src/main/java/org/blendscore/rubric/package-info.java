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
 * The rubric model: what is measured for one role and how it is weighed.
 *
 * <p>All types are immutable records or enums. A {@link org.blendscore.rubric.Rubric} checks its
 * whole tree when it is constructed and reports every problem at once, each with its path, in an
 * {@link org.blendscore.rubric.InvalidRubricException}.
 */
package org.blendscore.rubric;
