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

/**
 * What the ledger records, apart from the entries, about the end of a subject's chain: the sequence
 * number and hash of its last entry. It is updated in the transaction that appends, so that an entry
 * deleted from the end of a chain (which leaves the rest of the chain intact) is still found.
 *
 * @param subjectId the subject
 * @param seq       the last entry's sequence number
 * @param hash      the last entry's hash
 */
public record ChainHead(String subjectId, long seq, String hash) {
}
