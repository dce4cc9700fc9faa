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
package org.blendscore.scoring;

import java.math.BigDecimal;
import org.blendscore.evidence.Evidence;

/**
 * The SHA-256 fingerprint of a canonical form of evidence. The canonical form lists the subject,
 * the period and each measure's evidence by measure id; decimals without trailing zeros; milestones,
 * counts and ratings sorted; every string length-prefixed so that no two different pieces of
 * evidence share a form. Attributes are not part of it: scoring never reads them.
 *
 * <p>The form, {@code blendscore-evidence-v1}, is the UTF-8 encoding ({@code String.getBytes(UTF_8)})
 * of the text below, every line ending in {@code \n}. A string (an id, name, source, rater, comment,
 * reason or approver) is written as its length in UTF-16 chars, a colon and the string; a decimal as
 * {@link #decimal}; a date as {@link java.time.LocalDate#toString()}; a relief's kind by name.
 * <pre>
 * blendscore-evidence-v1
 * subject SUBJECT
 * period START END
 * participation START|- END|- HIRED|-          only when not the full period
 *   leave START END                             by start, in given order on ties
 * factor NAME DECIMAL                           by name
 * quota ID ACTUAL                               each measure by id, as one of these three
 *   relief KIND AMOUNT APPROVED REASON APPROVER[ part START END]
 *                                               these lines sorted as strings; the part only when given
 *   check-in DATE ACTUAL                        these lines sorted as strings
 * milestones ID
 *   reached MILESTONE                           by milestone
 *   count MILESTONE COUNT                       by milestone
 * ratings ID
 *   SOURCE RATER VALUE|N/A[ COMMENT]            by source, rater, value as written or "",
 *                                               comment or "", in given order on ties
 * </pre>
 * Every sort compares strings with {@link String#compareTo}, dates chronologically.
 *
 * <p>{@link #of} computes one fingerprint; code that computes many on one thread keeps a
 * {@link Fingerprinter}, which gives the same value and keeps its buffers and digest between them.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The fingerprint of {@code e}.
     *
     * @param e the evidence
     * @return lowercase hex SHA-256 of its canonical form
     */
    static String of(Evidence e) {
        return new Fingerprinter().of(e);
    }

    /**
     * A decimal as the canonical form writes it: without trailing zeros and never in exponent form
     * ({@code 1.50} is {@code 1.5}, {@code 1E+3} is {@code 1000}, any zero is {@code 0}).
     *
     * @param d the decimal
     * @return its canonical text
     */
    static String decimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
