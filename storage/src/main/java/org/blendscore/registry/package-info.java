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
 * The rubric registry's domain: {@link org.blendscore.registry.RubricRegistry}, a
 * {@link org.blendscore.registry.RegisteredRubric} with its
 * {@link org.blendscore.registry.EffectivePeriod} and {@link org.blendscore.registry.Revision}, the
 * {@link org.blendscore.registry.RevisionCheck} where revision rules plug in, and the
 * {@link org.blendscore.registry.Periods} checks every store shares. Storage is in
 * {@link org.blendscore.registry.jdbc}; nothing here knows of it.
 */
package org.blendscore.registry;
