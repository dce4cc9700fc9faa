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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;

/**
 * The evidence fingerprint as first written (a copy of {@code Fingerprint} at 8dbe93b, split only into
 * {@link #canonicalForm} and its digest), kept as the plain reference that the fast {@link Fingerprinter}
 * must equal byte for byte.
 *
 * <p>The SHA-256 fingerprint of a canonical form of evidence. The canonical form lists the subject,
 * the period and each measure's evidence by measure id; decimals without trailing zeros; milestones,
 * counts and ratings sorted; every string length-prefixed so that no two different pieces of
 * evidence share a form. Attributes are not part of it: scoring never reads them.
 */
final class FingerprintReference {

    private static final Comparator<Rating> RATING_ORDER = Comparator.comparing(Rating::source)
            .thenComparing(Rating::raterId)
            .thenComparing(r -> r.value().map(FingerprintReference::decimal).orElse(""))
            .thenComparing(r -> r.comment().orElse(""));

    private FingerprintReference() {
    }

    static String of(Evidence e) {
        return sha256(canonicalForm(e));
    }

    static String canonicalForm(Evidence e) {
        StringBuilder b = new StringBuilder("blendscore-evidence-v1\n");
        str(b.append("subject "), e.subjectId()).append('\n');
        b.append("period ").append(e.period().start()).append(' ').append(e.period().end()).append('\n');
        if (!e.participation().isFull()) {
            b.append("participation ").append(e.participation().start().map(Object::toString).orElse("-")).append(' ')
                    .append(e.participation().end().map(Object::toString).orElse("-")).append(' ')
                    .append(e.participation().hired().map(Object::toString).orElse("-")).append('\n');
            e.participation().leaves().stream().sorted(java.util.Comparator.comparing(r -> r.start()))
                    .forEach(l -> b.append("  leave ").append(l.start()).append(' ').append(l.end()).append('\n'));
        }
        new TreeMap<>(e.factors()).forEach((name, v) -> str(b.append("factor "), name).append(' ').append(decimal(v)).append('\n'));
        for (Map.Entry<String, MeasureEvidence> m : new TreeMap<>(e.measures()).entrySet()) {
            MeasureEvidence me = m.getValue();
            if (me instanceof QuotaActual q) {
                str(b.append("quota "), m.getKey()).append(' ').append(decimal(q.actual())).append('\n');
                q.reliefs().stream().map(r -> "  relief " + r.kind() + " " + decimal(r.amount()) + " " + r.approved() + " "
                        + r.reason().length() + ":" + r.reason() + " " + r.approver().length() + ":" + r.approver()
                        + r.part().map(p -> " part " + p.start() + " " + p.end()).orElse("") + "\n")
                        .sorted().forEach(b::append);
                q.checkIns().stream().map(c -> "  check-in " + c.date() + " " + decimal(c.actualToDate()) + "\n")
                        .sorted().forEach(b::append);
            } else if (me instanceof MilestonesReached r) {
                str(b.append("milestones "), m.getKey()).append('\n');
                r.reached().stream().sorted().forEach(id -> str(b.append("  reached "), id).append('\n'));
                new TreeMap<>(r.counts()).forEach((id, n) -> str(b.append("  count "), id).append(' ').append(n).append('\n'));
            } else if (me instanceof Ratings rs) {
                str(b.append("ratings "), m.getKey()).append('\n');
                rs.ratings().stream().sorted(RATING_ORDER).forEach(r -> {
                    str(b.append("  "), r.source()).append(' ');
                    str(b, r.raterId()).append(' ').append(r.value().map(FingerprintReference::decimal).orElse("N/A"));
                    r.comment().ifPresent(c -> str(b.append(' '), c));
                    b.append('\n');
                });
            }
        }
        return b.toString();
    }

    static String decimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static StringBuilder str(StringBuilder b, String s) {
        return b.append(s.length()).append(':').append(s);
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
