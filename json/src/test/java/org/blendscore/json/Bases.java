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
package org.blendscore.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;

/**
 * Gives generated evidence a basis on some quota actuals, chosen from the actual itself (no random
 * draw, so that the generators' sequences stay as they were): a text and two parts adding up to it.
 */
final class Bases {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Bases() {
    }

    /** The actual with a basis when its last digit is odd, else as it was. */
    static QuotaActual maybe(QuotaActual a) {
        if (!a.actual().unscaledValue().testBit(0) || a.basis().isPresent()) {
            return a;
        }
        BigDecimal half = a.actual().divide(TWO);
        return a.withBasis(new ActualBasis("generated basis of " + a.actual().toPlainString() + " \"quoted\" \u00e9\ud83d\ude00",
                List.of(new BasisPart("own deals", a.actual().subtract(half), ""),
                        new BasisPart("split d-" + a.actual().precision(), half, "50% of " + a.actual().toPlainString()))));
    }

    /** The evidence with {@link #maybe} applied to each quota actual. */
    static Evidence of(Evidence e) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        e.measures().forEach((id, m) -> measures.put(id, m instanceof QuotaActual q ? maybe(q) : m));
        return new Evidence(e.subjectId(), e.period(), measures, e.attributes(), e.participation(), e.factors());
    }
}
