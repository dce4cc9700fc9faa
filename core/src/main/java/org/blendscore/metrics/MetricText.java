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
package org.blendscore.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.blendscore.evidence.EvidenceLimits;

/** The one-line provenance of a metric result, with long lists abbreviated and counts exact. */
final class MetricText {

    /** How many ids a list shows before it abbreviates. */
    static final int SHOWN_IDS = 10;

    private MetricText() {
    }

    static String provenance(MetricResult result) {
        StringBuilder text = new StringBuilder(result.metric());
        if (result.defined()) {
            text.append(' ').append(result.shown().orElseThrow().toPlainString()).append(result.unit() == MetricUnit.PERCENT ? "%" : "")
                    .append(" = ");
        } else {
            text.append(" undefined: ");
        }
        text.append(result.basis());
        if (!result.counted().isEmpty()) {
            text.append(": ").append(ids(result.counted()));
        }
        if (!result.excluded().isEmpty()) {
            text.append("; ").append(result.excluded().size()).append(" excluded: ");
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            result.excluded().forEach(e -> byReason.computeIfAbsent(e.reason(), r -> new ArrayList<>()).add(e.record()));
            List<String> parts = new ArrayList<>();
            byReason.forEach((reason, records) -> parts.add(records.size() + " " + reason + " (" + ids(records) + ")"));
            text.append(String.join(", ", parts));
        }
        if (!result.problems().isEmpty()) {
            text.append("; ").append(result.problems().size()).append(" bad: ");
            List<String> shown = result.problems().stream().limit(SHOWN_IDS).map(RecordProblem::toString).toList();
            text.append(String.join(", ", shown));
            if (result.problems().size() > SHOWN_IDS) {
                text.append(", ...");
            }
        }
        return text.toString();
    }

    /**
     * The provenance as an actual's basis: whole when it fits in {@link EvidenceLimits#MAX_TEXT_LENGTH}
     * (ids are records' own, of any length), else cut to fit and ended with {@code ...}.
     */
    static String basisLine(MetricResult result) {
        String line = provenance(result);
        int max = EvidenceLimits.MAX_TEXT_LENGTH;
        if (line.length() <= max) {
            return line;
        }
        int end = max - 3;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "...";
    }

    /** The ids, the first {@link #SHOWN_IDS} then {@code ...}. */
    static String ids(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), SHOWN_IDS)));
        return ids.size() > SHOWN_IDS ? shown + ", ..." : shown;
    }
}
