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
package org.blendscore.ledger;

import java.time.Instant;

/**
 * Something that happened to a subject's review, to be appended to the subject's chain: a
 * {@link ComputedReview}, an {@link Adjustment}, a {@link Dispute} or a {@link Resolution}. An event is
 * checked when it is made (every required part present) and again when it is appended (what it refers
 * to exists in the subject's chain).
 */
public sealed interface Event permits ComputedReview, Adjustment, Dispute, Resolution {

    /**
     * The subject whose chain the event belongs to.
     *
     * @return the subject id
     */
    String subjectId();

    /**
     * When the event happened, as its author states it (not when it was stored).
     *
     * @return the instant
     */
    Instant at();

    /**
     * The kind of entry the event becomes.
     *
     * @return the kind
     */
    EntryKind kind();
}
