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
 * The path to the next band: for a review below the top band, the smallest change of each
 * measure's own evidence that alone lifts the review to the next band, the cheapest pairs when no
 * single measure is enough, and, for an interim review, the pace needed through the end of the
 * period. Every proposed step is verified by scoring the changed evidence again before it is
 * returned. Reads the rubric model, evidence, scoring and reviews, and the activity funnel (to turn
 * an interim review's weekly pace into activities); nothing in core reads it.
 */
package org.blendscore.guidance;
