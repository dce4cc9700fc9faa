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
package org.blendscore.revision;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.WorkCalendar;

/**
 * Renders the parts of a rubric as short, deterministic text: decimals without trailing zeros (so
 * {@code 0.50} and {@code 0.5} read, and compare, the same), sets sorted, absent values as
 * {@code none}. Two parts differ in a diff exactly when their texts differ.
 */
final class ValueText {

    private ValueText() {
    }

    static String text(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof Optional<?> o) {
            return o.map(ValueText::text).orElse("none");
        }
        if (value instanceof Set<?> s) {
            return s.stream().map(ValueText::text).sorted().collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ValueText::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return record(value);
    }

    private static String record(Object value) {
        if (value instanceof Curve c) {
            return curve(c);
        } else if (value instanceof Breakpoint b) {
            return "(" + plain(b.attainment()) + ", " + plain(b.points()) + ")";
        } else if (value instanceof Target t) {
            return plain(t.value()) + " " + t.unit() + " (" + text(t.kind()) + ")";
        } else if (value instanceof TargetFactor f) {
            return f.name() + " " + plain(f.min()) + ".." + plain(f.max());
        } else if (value instanceof RampSchedule r) {
            return text(r.monthlyPercents()) + " cut-off day " + r.cutoffDay();
        } else if (value instanceof Seasonality s) {
            return text(s.parts());
        } else if (value instanceof SeasonPart p) {
            return p.name() + " " + p.range() + " weight " + plain(p.weight());
        } else if (value instanceof WorkCalendar w) {
            return "working days " + text(w.workingDays()) + ", non-working dates " + text(w.nonWorkingDates());
        } else if (value instanceof Anonymity a) {
            return "at least " + a.minRaters() + " raters" + (a.commentsShown() ? ", comments shown" : ", comments hidden");
        } else if (value instanceof ScaleLevel l) {
            return l.label() + ": " + l.anchor() + l.points().map(p -> " (" + plain(p) + " points)").orElse("");
        } else if (value instanceof RatingSource s) {
            return "weight " + plain(s.weight()) + ", at least " + s.minRatings() + " ratings"
                    + s.anonymity().map(a -> ", anonymous: " + text(a)).orElse("") + (s.calibrated() ? ", calibrated" : "");
        } else if (value instanceof MilestoneRule r) {
            return milestone(r);
        }
        return value.toString();
    }

    private static String curve(Curve curve) {
        if (curve instanceof LinearCurve l) {
            return "linear " + l.breakpoints().stream().map(ValueText::text).collect(Collectors.joining(" "))
                    + l.gate().map(g -> ", gate below " + plain(g)).orElse("") + (l.capped() ? ", capped" : "");
        }
        TierCurve t = (TierCurve) curve;
        return "tiers " + t.tiers().stream().map(ValueText::tier).collect(Collectors.joining(" ")) + ", edge " + text(t.edge());
    }

    private static String tier(Tier t) {
        return "[" + plain(t.from()) + ", " + t.to().map(ValueText::plain).orElse("\u221e") + ") -> " + plain(t.points());
    }

    private static String milestone(MilestoneRule rule) {
        if (rule instanceof Milestone m) {
            return plain(m.points()) + " points";
        } else if (rule instanceof CountedMilestone c) {
            return plain(c.points()) + " points for " + c.target();
        }
        return "stages " + ((StageLadder) rule).stages().stream().map(st -> st.id() + " " + plain(st.points()))
                .collect(Collectors.joining(", "));
    }

    /** A short summary of a measure that was added or removed. */
    static String measure(Measure m) {
        String family;
        if (m instanceof QuotaMeasure q) {
            family = "quota, target " + text(q.target()) + ", " + curve(q.curve());
        } else if (m instanceof MilestoneMeasure mm) {
            family = "milestones " + mm.rules().stream().map(MilestoneRule::id).toList();
        } else {
            RatingMeasure r = (RatingMeasure) m;
            family = "rating, scale " + r.scale() + ", sources " + r.sources().stream().map(RatingSource::name).toList();
        }
        return "weight " + plain(m.weight()) + ", " + family;
    }

    /** A short summary of a guard that was added or removed. */
    static String guard(BandGuard g) {
        return "at most " + g.capAt() + (g.failOpen() ? ", fails open" : ", fails closed");
    }

    /** A short summary of a section that was added or removed. */
    static String section(Section s) {
        List<String> ids = s.measures().stream().map(Measure::id).toList();
        return "weight " + plain(s.weight()) + ", measures " + ids;
    }

    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
