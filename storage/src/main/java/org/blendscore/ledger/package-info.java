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
 * The review ledger's domain: events ({@link org.blendscore.ledger.ComputedReview},
 * {@link org.blendscore.ledger.Adjustment}, {@link org.blendscore.ledger.Dispute},
 * {@link org.blendscore.ledger.Resolution}), the hash chain that links them
 * ({@link org.blendscore.ledger.ChainHash}, {@link org.blendscore.ledger.ChainVerifier}), and a
 * subject's {@link org.blendscore.ledger.CurrentReview}. Storage is in
 * {@link org.blendscore.ledger.jdbc}; nothing here knows of it.
 */
package org.blendscore.ledger;
