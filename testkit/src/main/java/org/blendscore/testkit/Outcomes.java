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
package org.blendscore.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.review.Warning;

/**
 * What two reviews must share when scoring must not see a difference between their evidence: the
 * overall, the band (before and after guards), every section's score, weight and contribution,
 * every measure's points, weight, contribution and status, the kinds and places of the warnings and
 * the reasons' impacts. Not compared: the subject, the evidence fingerprint, the inputs as shown
 * and the wording of warnings and reasons, which may quote the evidence.
 */
final class Outcomes {

    private Outcomes() {
    }

    /** The first difference in what was scored, in words, or empty if there is none. */
    static Optional<String> difference(Review a, Review b) {
        if (a.overall().compareTo(b.overall()) != 0) {
            return Optional.of("the overall from " + a.overall().toPlainString() + " to " + b.overall().toPlainString());
        }
        if (!a.band().equals(b.band())) {
            return Optional.of("the band from " + a.band().orElse("(none)") + " to " + b.band().orElse("(none)"));
        }
        if (!a.bandBeforeGuards().equals(b.bandBeforeGuards())) {
            return Optional.of("the band before guards from " + a.bandBeforeGuards().orElse("(none)") + " to "
                    + b.bandBeforeGuards().orElse("(none)"));
        }
        if (a.sections().size() != b.sections().size()) {
            return Optional.of("the number of sections from " + a.sections().size() + " to " + b.sections().size());
        }
        for (int i = 0; i < a.sections().size(); i++) {
            Optional<String> d = section(a.sections().get(i), b.sections().get(i));
            if (d.isPresent()) {
                return d;
            }
        }
        List<String> wa = warnings(a);
        List<String> wb = warnings(b);
        if (!wa.equals(wb)) {
            return Optional.of("the warnings from " + wa + " to " + wb);
        }
        List<String> ra = reasons(a);
        List<String> rb = reasons(b);
        if (!ra.equals(rb)) {
            return Optional.of("the reasons from " + ra + " to " + rb);
        }
        return Optional.empty();
    }

    private static Optional<String> section(SectionResult a, SectionResult b) {
        String at = "section " + a.name() + "'s ";
        if (!a.name().equals(b.name())) {
            return Optional.of("a section from " + a.name() + " to " + b.name());
        }
        if (!same(a.score(), b.score())) {
            return Optional.of(at + "score from " + text(a.score()) + " to " + text(b.score()));
        }
        if (a.effectiveWeight().compareTo(b.effectiveWeight()) != 0) {
            return Optional.of(at + "weight from " + a.effectiveWeight().toPlainString() + "% to " + b.effectiveWeight().toPlainString() + "%");
        }
        if (a.contribution().compareTo(b.contribution()) != 0) {
            return Optional.of(at + "contribution from " + a.contribution().toPlainString() + " to " + b.contribution().toPlainString());
        }
        if (a.measures().size() != b.measures().size()) {
            return Optional.of(at + "number of measures from " + a.measures().size() + " to " + b.measures().size());
        }
        for (int i = 0; i < a.measures().size(); i++) {
            Optional<String> d = measure(a.measures().get(i), b.measures().get(i));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> measure(MeasureResult a, MeasureResult b) {
        String at = a.id() + "'s ";
        if (!a.id().equals(b.id())) {
            return Optional.of("a measure from " + a.id() + " to " + b.id());
        }
        if (!same(a.points(), b.points())) {
            return Optional.of(at + "points from " + text(a.points()) + " to " + text(b.points()));
        }
        if (a.effectiveWeight().compareTo(b.effectiveWeight()) != 0) {
            return Optional.of(at + "weight from " + a.effectiveWeight().toPlainString() + "% to " + b.effectiveWeight().toPlainString() + "%");
        }
        if (a.contribution().compareTo(b.contribution()) != 0) {
            return Optional.of(at + "contribution from " + a.contribution().toPlainString() + " to " + b.contribution().toPlainString());
        }
        if (a.status() != b.status()) {
            return Optional.of(at + "status from " + a.status() + " to " + b.status());
        }
        return Optional.empty();
    }

    private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    private static String text(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("left out");
    }

    private static List<String> warnings(Review r) {
        List<String> out = new ArrayList<>();
        for (Warning w : r.warnings()) {
            out.add(w.kind() + " " + w.path());
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static List<String> reasons(Review r) {
        List<String> out = new ArrayList<>();
        for (Reason x : r.reasons()) {
            out.add(x.measureId() + " " + x.impact().toPlainString());
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
