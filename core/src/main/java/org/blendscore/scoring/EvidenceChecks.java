package org.blendscore.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Stage;

/** Checks a piece of evidence against a rubric and collects every problem. */
final class EvidenceChecks {

    private final Rubric rubric;
    private final Map<String, Measure> measures;
    private final Evidence evidence;
    private final List<EvidenceProblem> problems = new ArrayList<>();

    private EvidenceChecks(Rubric rubric, Map<String, Measure> measures, Evidence evidence) {
        this.rubric = rubric;
        this.measures = measures;
        this.evidence = evidence;
    }

    static List<EvidenceProblem> check(Rubric rubric, Map<String, Measure> measures, Evidence evidence) {
        EvidenceChecks c = new EvidenceChecks(rubric, measures, evidence);
        c.run();
        return c.problems;
    }

    private void add(Optional<String> measure, Optional<String> rater, String field, String message) {
        problems.add(new EvidenceProblem(evidence.subjectId(), measure, rater, field, message));
    }

    private void run() {
        if (evidence.subjectId().isBlank()) {
            add(Optional.empty(), Optional.empty(), "subjectId", EvidenceMessages.subjectMissing());
        }
        if (!rubric.effective().encloses(evidence.period())) {
            add(Optional.empty(), Optional.empty(), "period",
                    EvidenceMessages.periodOutside(evidence.period(), rubric.effective(), rubric.id()));
        }
        participation();
        factors();
        int global = problems.size();
        for (Map.Entry<String, MeasureEvidence> e : evidence.measures().entrySet()) {
            Measure m = measures.get(e.getKey());
            Optional<String> id = Optional.of(e.getKey());
            if (m == null) {
                add(id, Optional.empty(), "measureId", EvidenceMessages.unknownMeasure(e.getKey(), measures.keySet()));
                continue;
            }
            MeasureEvidence me = e.getValue();
            if (m instanceof QuotaMeasure q) {
                if (me instanceof QuotaActual a) {
                    quota(id, q, a.actual());
                    reliefsAndCheckIns(id, a);
                } else {
                    add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily("a quota actual", family(me)));
                }
            } else if (m instanceof MilestoneMeasure ms) {
                if (me instanceof MilestonesReached r) {
                    milestones(id, ms, r);
                } else {
                    add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily("milestones reached", family(me)));
                }
            } else if (m instanceof RatingMeasure rm) {
                if (me instanceof Ratings r) {
                    ratings(id, rm, r.ratings());
                } else {
                    add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily("ratings", family(me)));
                }
            }
        }
        if (problems.size() - global > 1) {
            // report measure problems by measure id, whatever the map's iteration order (stable within a measure)
            problems.subList(global, problems.size()).sort(java.util.Comparator.comparing(p -> p.measureId().orElse("")));
        }
    }

    private void participation() {
        org.blendscore.evidence.Participation p = evidence.participation();
        if (p.start().isPresent() && p.end().isPresent() && p.end().get().isBefore(p.start().get())) {
            add(Optional.empty(), Optional.empty(), "participation.end",
                    "the subject leaves the role (" + p.end().get() + ") before starting it (" + p.start().get() + ")");
        }
        if (p.hired().isPresent() && p.start().isPresent() && p.start().get().isBefore(p.hired().get())) {
            add(Optional.empty(), Optional.empty(), "participation.hired", "the subject starts in the role (" + p.start().get()
                    + ") before being hired (" + p.hired().get() + "); a ramp counts from the hire date, so give a start on or after it");
        }
        List<org.blendscore.rubric.DateRange> leaves = p.leaves().stream()
                .sorted(java.util.Comparator.comparing(org.blendscore.rubric.DateRange::start)).toList();
        for (int i = 1; i < leaves.size(); i++) {
            if (!leaves.get(i).start().isAfter(leaves.get(i - 1).end())) {
                add(Optional.empty(), Optional.empty(), "participation.leaves",
                        "leaves " + leaves.get(i - 1) + " and " + leaves.get(i) + " overlap; give each day of leave once");
            }
        }
    }

    private void factors() {
        if (rubric.targets().factors().isEmpty() && evidence.factors().isEmpty()) {
            return;
        }
        Set<String> needed = new java.util.TreeSet<>();
        for (Measure m : measures.values()) {
            if (m instanceof QuotaMeasure q && evidence.measures().containsKey(q.id())) {
                needed.addAll(q.factors());
            }
        }
        for (String name : needed) {
            BigDecimal value = evidence.factors().get(name);
            org.blendscore.rubric.TargetFactor f = rubric.targets().factor(name).orElseThrow();
            if (value == null) {
                add(Optional.empty(), Optional.empty(), "factors[" + name + "]", "no value for target factor '" + name
                        + "', allowed " + f.min().toPlainString() + " to " + f.max().toPlainString());
            } else if (!NumberLimits.allows(value)) {
                add(Optional.empty(), Optional.empty(), "factors[" + name + "]", NumberLimits.message("target factor '" + name + "'", value));
            } else if (!f.allows(value)) {
                add(Optional.empty(), Optional.empty(), "factors[" + name + "]", "target factor '" + name + "' is "
                        + value.toPlainString() + ", allowed " + f.min().toPlainString() + " to " + f.max().toPlainString());
            }
        }
        evidence.factors().keySet().stream().sorted().filter(n -> rubric.targets().factor(n).isEmpty()).forEach(n ->
                add(Optional.empty(), Optional.empty(), "factors[" + n + "]", "no target factor '" + n + "' in the rubric; factors are "
                        + String.join(", ", rubric.targets().factors().stream().map(org.blendscore.rubric.TargetFactor::name).toList())));
    }

    private void reliefsAndCheckIns(Optional<String> id, QuotaActual a) {
        for (int i = 0; i < a.reliefs().size(); i++) {
            org.blendscore.evidence.Relief r = a.reliefs().get(i);
            String field = "reliefs[" + i + "]";
            if (!NumberLimits.allows(r.amount())) {
                add(id, Optional.empty(), field + ".amount", NumberLimits.message("relief amount", r.amount()));
            } else if (r.amount().signum() <= 0) {
                add(id, Optional.empty(), field + ".amount", "relief amount is " + r.amount().toPlainString() + ", must be greater than 0");
            }
            if (r.reason().isBlank()) {
                add(id, Optional.empty(), field + ".reason", "relief reason is missing (blank)");
            }
            if (r.approver().isBlank()) {
                add(id, Optional.empty(), field + ".approver", "relief approver is missing (blank)");
            }
        }
        for (int i = 0; i < a.checkIns().size(); i++) {
            org.blendscore.evidence.CheckIn c = a.checkIns().get(i);
            String field = "checkIns[" + i + "]";
            if (!NumberLimits.allows(c.actualToDate())) {
                add(id, Optional.empty(), field + ".actualToDate", NumberLimits.message("check-in actual", c.actualToDate()));
            } else if (c.actualToDate().signum() < 0) {
                add(id, Optional.empty(), field + ".actualToDate", EvidenceMessages.negativeActual(c.actualToDate()));
            }
            if (c.date().isBefore(evidence.period().start()) || c.date().isAfter(evidence.period().end())) {
                add(id, Optional.empty(), field + ".date", "check-in date " + c.date() + " is outside the review period " + evidence.period());
            }
            for (int j = 0; j < i; j++) {
                if (a.checkIns().get(j).date().equals(c.date())) {
                    add(id, Optional.empty(), field + ".date", "two check-ins on " + c.date() + "; give one actual to date per day");
                    break;
                }
            }
        }
    }

    private static String family(MeasureEvidence me) {
        if (me instanceof QuotaActual) {
            return "a quota actual";
        }
        return me instanceof MilestonesReached ? "milestones reached" : "ratings";
    }

    private void quota(Optional<String> id, QuotaMeasure q, BigDecimal actual) {
        if (!NumberLimits.allows(actual)) {
            add(id, Optional.empty(), "actual", NumberLimits.message("actual", actual));
        } else if (actual.signum() < 0) {
            add(id, Optional.empty(), "actual", EvidenceMessages.negativeActual(actual));
        } else if (q.target().kind() == QuantityKind.COUNT && actual.stripTrailingZeros().scale() > 0) {
            add(id, Optional.empty(), "actual", EvidenceMessages.fractionalCount(actual, q.target().unit()));
        }
    }

    private void milestones(Optional<String> id, MilestoneMeasure m, MilestonesReached r) {
        Set<String> plain = new HashSet<>();
        Set<String> counted = new HashSet<>();
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof CountedMilestone) {
                counted.add(rule.id());
            } else if (rule instanceof StageLadder ladder) {
                ladder.stages().stream().map(Stage::id).forEach(plain::add);
            } else {
                plain.add(rule.id());
            }
        }
        Set<String> known = new HashSet<>(plain);
        known.addAll(counted);
        r.reached().stream().sorted().forEach(reached -> {
            if (counted.contains(reached)) {
                add(id, Optional.empty(), "reached", EvidenceMessages.countedAsReached(reached));
            } else if (!plain.contains(reached)) {
                add(id, Optional.empty(), "reached", EvidenceMessages.unknownMilestone(reached, sorted(known)));
            }
        });
        r.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> {
            if (plain.contains(c.getKey())) {
                add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.countNotCounted(c.getKey()));
            } else if (!counted.contains(c.getKey())) {
                add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.unknownMilestone(c.getKey(), sorted(known)));
            } else if (c.getValue() < 0) {
                add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.negativeCount(c.getValue()));
            }
        });
    }

    private void ratings(Optional<String> id, RatingMeasure m, List<Rating> ratings) {
        List<RatingSource> sources = m.sources();
        Set<String> seen = ratings.size() > 32 ? new HashSet<>() : null;
        for (int i = 0; i < ratings.size(); i++) {
            Rating r = ratings.get(i);
            Optional<String> rater = r.raterId().isBlank() ? Optional.empty() : Optional.of(r.raterId());
            if (r.raterId().isBlank()) {
                add(id, rater, "raterId", EvidenceMessages.raterMissing());
            }
            boolean known = false;
            for (RatingSource s : sources) {
                if (s.name().equals(r.source())) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                add(id, rater, "source", EvidenceMessages.unknownSource(r.source(), sources.stream().map(RatingSource::name).toList()));
            } else if (!r.raterId().isBlank() && (seen != null ? !seen.add(r.source() + '\u0000' + r.raterId()) : ratedBefore(ratings, i))) {
                add(id, rater, "raterId", EvidenceMessages.duplicateRating(r.source()));
            }
            if (r.value().isPresent() && !NumberLimits.allows(r.value().get())) {
                add(id, rater, "value", NumberLimits.message("rating", r.value().get()));
            } else if (r.value().isPresent() && !m.scale().isOnScale(r.value().get())) {
                add(id, rater, "value", EvidenceMessages.offScale(r.value().get(), m.scale()));
            }
        }
    }

    /** Whether an earlier rating has the same rater and source as rating {@code i}. */
    private static boolean ratedBefore(List<Rating> ratings, int i) {
        Rating r = ratings.get(i);
        for (int j = 0; j < i; j++) {
            Rating o = ratings.get(j);
            if (o.raterId().equals(r.raterId()) && o.source().equals(r.source())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sorted(Set<String> items) {
        return items.stream().sorted().toList();
    }
}
