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
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;

/**
 * Computes {@linkplain Fingerprint evidence fingerprints} one after another on one thread, keeping its
 * buffer, its SHA-256 digest and its sorting space from one piece of evidence to the next: the
 * canonical form is written straight into bytes, never built as a string. It gives exactly
 * {@link Fingerprint#of}'s value, which is this class used once.
 *
 * <p>Not thread-safe. Between fingerprints it keeps the bytes of the last canonical form and the
 * last measure ids, factor names and milestone ids (to reuse their order), never the evidence's records.
 */
final class Fingerprinter {

    private static final byte[] HEADER = ascii("blendscore-evidence-v1\nsubject ");
    private static final byte[] PERIOD = ascii("period ");
    private static final byte[] PARTICIPATION = ascii("participation ");
    private static final byte[] LEAVE = ascii("  leave ");
    private static final byte[] FACTOR = ascii("factor ");
    private static final byte[] QUOTA = ascii("quota ");
    private static final byte[] RELIEF = ascii("  relief ");
    private static final byte[] PART = ascii(" part ");
    private static final byte[] CHECK_IN = ascii("  check-in ");
    private static final byte[] BASIS = ascii("  basis ");
    private static final byte[] BASIS_PART = ascii("  basis-part ");
    private static final byte[] MILESTONES = ascii("milestones ");
    private static final byte[] REACHED = ascii("  reached ");
    private static final byte[] COUNT = ascii("  count ");
    private static final byte[] RATINGS = ascii("ratings ");
    private static final byte[] INDENT = ascii("  ");
    private static final byte[] NOT_APPLICABLE = ascii("N/A");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private static final Comparator<DateRange> BY_START = Comparator.comparing(DateRange::start);
    private static final Comparator<Rating> RATING_ORDER = Fingerprinter::compareRatings;

    private final CanonicalBytes out = new CanonicalBytes();
    private final MessageDigest sha256;
    private final byte[] digest = new byte[32];
    private final byte[] hex = new byte[64];
    private final SortedEntries<MeasureEvidence> measures = new SortedEntries<>();
    private final SortedEntries<BigDecimal> factors = new SortedEntries<>();
    private final SortedEntries<Integer> counts = new SortedEntries<>();
    private String[] reached = new String[16];
    private Rating[] ratings = new Rating[16];
    private DateRange[] leaves = new DateRange[4];

    Fingerprinter() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * The fingerprint of {@code e}.
     *
     * @param e the evidence
     * @return lowercase hex SHA-256 of its canonical form
     */
    String of(Evidence e) {
        write(e);
        sha256.update(out.array(), 0, out.size());
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException impossible) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", impossible);
        }
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    /** The canonical form of {@code e}, as bytes: what the fingerprint digests. */
    byte[] canonicalForm(Evidence e) {
        write(e);
        return Arrays.copyOf(out.array(), out.size());
    }

    private void write(Evidence e) {
        out.reset();
        out.put(HEADER).str(e.subjectId()).put('\n');
        out.put(PERIOD).date(e.period().start()).put(' ').date(e.period().end()).put('\n');
        if (!e.participation().isFull()) {
            participation(e.participation());
        }
        int n = factors.of(e.factors());
        for (int i = 0; i < n; i++) {
            out.put(FACTOR).str(factors.key(i)).put(' ').decimal(factors.value(i)).put('\n');
        }
        factors.release();
        n = measures.of(e.measures());
        for (int i = 0; i < n; i++) {
            String id = measures.key(i);
            MeasureEvidence me = measures.value(i);
            if (me instanceof QuotaActual q) {
                quota(id, q);
            } else if (me instanceof MilestonesReached r) {
                milestones(id, r);
            } else if (me instanceof Ratings rs) {
                ratings(id, rs.ratings());
            }
        }
        measures.release();
    }

    private void participation(Participation p) {
        out.put(PARTICIPATION);
        dateOrDash(p.start()).put(' ');
        dateOrDash(p.end()).put(' ');
        dateOrDash(p.hired()).put('\n');
        int n = p.leaves().size();
        if (leaves.length < n) {
            leaves = new DateRange[n];
        }
        p.leaves().toArray(leaves);
        Arrays.sort(leaves, 0, n, BY_START);
        for (int i = 0; i < n; i++) {
            out.put(LEAVE).date(leaves[i].start()).put(' ').date(leaves[i].end()).put('\n');
        }
        Arrays.fill(leaves, 0, n, null);
    }

    private CanonicalBytes dateOrDash(Optional<LocalDate> date) {
        return date.isPresent() ? out.date(date.get()) : out.put('-');
    }

    private void quota(String id, QuotaActual q) {
        out.put(QUOTA).str(id).put(' ').decimal(q.actual()).put('\n');
        if (!q.reliefs().isEmpty()) {
            int mark = out.size();
            out.startLines();
            for (Relief r : q.reliefs()) {
                out.line();
                relief(r);
            }
            if (!out.sortLines()) {
                out.truncate(mark);
                reliefsByText(q.reliefs());
            }
        }
        if (!q.checkIns().isEmpty()) {
            out.startLines();
            for (CheckIn c : q.checkIns()) {
                out.line();
                out.put(CHECK_IN).date(c.date()).put(' ').decimal(c.actualToDate()).put('\n');
            }
            out.sortLines(); // dates and decimals are ASCII: always sorted
        }
        if (q.basis().isPresent()) {
            // only when given, so that the fingerprints of evidence without a basis stay as they were; its parts in their order
            out.put(BASIS).str(q.basis().get().text()).put('\n');
            for (BasisPart p : q.basis().get().parts()) {
                out.put(BASIS_PART).str(p.label()).put(' ').decimal(p.amount()).put(' ').str(p.detail()).put('\n');
            }
        }
    }

    private void relief(Relief r) {
        out.put(RELIEF).text(r.kind().toString()).put(' ').decimal(r.amount()).put(' ').date(r.approved()).put(' ')
                .str(r.reason()).put(' ').str(r.approver());
        if (r.part().isPresent()) {
            // only when given, so that the fingerprints of evidence without parts stay as they were
            out.put(PART).date(r.part().get().start()).put(' ').date(r.part().get().end());
        }
        out.put('\n');
    }

    /** Reliefs whose text holds a surrogate: each line sorted as the string it is, then written. */
    private void reliefsByText(List<Relief> reliefs) {
        String[] lines = new String[reliefs.size()];
        for (int i = 0; i < lines.length; i++) {
            Relief r = reliefs.get(i);
            lines[i] = "  relief " + r.kind() + " " + Fingerprint.decimal(r.amount()) + " " + r.approved() + " "
                    + r.reason().length() + ":" + r.reason() + " " + r.approver().length() + ":" + r.approver()
                    + r.part().map(p -> " part " + p.start() + " " + p.end()).orElse("") + "\n";
        }
        Arrays.sort(lines);
        for (String line : lines) {
            out.text(line);
        }
    }

    private void milestones(String id, MilestonesReached r) {
        out.put(MILESTONES).str(id).put('\n');
        int n = r.reached().size();
        if (reached.length < n) {
            reached = new String[Math.max(n, 2 * reached.length)];
        }
        r.reached().toArray(reached);
        Arrays.sort(reached, 0, n);
        for (int i = 0; i < n; i++) {
            out.put(REACHED).str(reached[i]).put('\n');
        }
        Arrays.fill(reached, 0, n, null);
        n = counts.of(r.counts());
        for (int i = 0; i < n; i++) {
            out.put(COUNT).str(counts.key(i)).put(' ').number(counts.value(i)).put('\n');
        }
        counts.release();
    }

    private void ratings(String id, List<Rating> list) {
        out.put(RATINGS).str(id).put('\n');
        int n = list.size();
        if (ratings.length < n) {
            ratings = new Rating[Math.max(n, 2 * ratings.length)];
        }
        list.toArray(ratings);
        Arrays.sort(ratings, 0, n, RATING_ORDER);
        for (int i = 0; i < n; i++) {
            Rating r = ratings[i];
            out.put(INDENT).str(r.source()).put(' ').str(r.raterId()).put(' ');
            if (r.value().isPresent()) {
                out.decimal(r.value().get());
            } else {
                out.put(NOT_APPLICABLE);
            }
            if (r.comment().isPresent()) {
                out.put(' ').str(r.comment().get());
            }
            out.put('\n');
        }
        Arrays.fill(ratings, 0, n, null);
    }

    /**
     * Ratings by source, rater, value as written (or "" for N/A), comment (or "" for none), in
     * {@link String#compareTo} order. The written values are only made when source and rater tie.
     */
    private static int compareRatings(Rating a, Rating b) {
        int c = a.source().compareTo(b.source());
        if (c == 0) {
            c = a.raterId().compareTo(b.raterId());
        }
        if (c == 0) {
            c = a.value().map(Fingerprint::decimal).orElse("").compareTo(b.value().map(Fingerprint::decimal).orElse(""));
        }
        if (c == 0) {
            c = a.comment().orElse("").compareTo(b.comment().orElse(""));
        }
        return c;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
