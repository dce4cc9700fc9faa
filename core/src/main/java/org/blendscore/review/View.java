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
package org.blendscore.review;

/**
 * Who reads a review's explanation, and so what of its raters it shows.
 *
 * <p>Neither view ever shows anything of a source below its anonymity threshold: the review itself
 * does not keep it.
 */
public enum View {
    /**
     * The subject's view, what the rep reads, and what {@link Review#explain()} prints: an anonymous
     * source shows its aggregate without rater ids, and its comments, unattributed and in text order,
     * only if the source declares them shown. A signed source (one without an anonymity threshold, such
     * as a manager) names its raters.
     */
    SUBJECT,
    /**
     * The audit view, for authorized HR use only: every shown rating with its rater id, anonymous
     * sources included, and every comment with its rater.
     */
    AUDIT
}
