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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.DateLimits;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Stage;

/**
 * Checks pieces of evidence against one rubric and collects every problem. What depends only on
 * the rubric (measures by id, milestone ids, rating sources, scales) is prepared once, when the
 * scorer is compiled; a check allocates nothing when the evidence is fine.
 */
final class EvidenceChecks {

    private final Rubric rubric;
    private final Map<String, Measure> measures;
    /** The measures in declaration order, with what checking their evidence needs. */
    private final Measure[] ordered;
    /** Their ids, by the same position. */
    private final String[] ids;
    /** Their families, by the same position: {@link #QUOTA}, {@link #MILESTONES} or {@link #RATINGS}. */
    private final byte[] family;

    private static final byte QUOTA = 0;
    private static final byte MILESTONES = 1;
    private static final byte RATINGS = 2;
    private final MilestoneIds[] milestoneIds;
    private final RatingChecks[] ratingChecks;

    /**
     * A milestone measure's ids: plain ones (milestones and ladder stages), counted ones, all known ones
     * sorted, the plain ones as a list, and when every rule is a plain milestone (at most 62 of them),
     * their ids in rule order (else null), whose reached ones the checks tally as bits for scoring.
     */
    private record MilestoneIds(Set<String> plain, Set<String> counted, List<String> known, List<String> plainList,
                                String[] ruleIds) {
    }

    /**
     * A rating measure's source names, and its scale's minimum, maximum and step as whole numbers
     * of a small decimal unit when they are exactly that ({@code integral}): then a whole-number
     * rating, the usual kind, is checked in longs, a rating of value v being v x {@code unit} units.
     */
    private record RatingChecks(String[] sources, List<String> sourceList, boolean integral, long min, long max, long step,
                                long unit) {

        /**
         * Whether a whole-number rating of at most 12 digits, given as a long, is on the scale; only when
         * {@link #integral}. A whole number is always on a scale of whole steps from a whole minimum, so
         * only the range is compared then.
         */
        boolean isOnScale(long value) {
            long v = value * unit;
            return v >= min && v <= max && (wholeSteps() || (v - min) % step == 0);
        }

        /** Whether every whole number between the ends is on the scale: steps of 1 from a whole number. */
        private boolean wholeSteps() {
            return step == unit && min % unit == 0;
        }

        /** Whether a rating is on the scale, as {@link org.blendscore.rubric.RatingScale#isOnScale} decides. */
        boolean isOnScale(RatingMeasure m, BigDecimal value) {
            if (integral && value.scale() == 0 && value.precision() <= 12) {
                long v = value.longValue() * unit;
                return v >= min && v <= max && (v - min) % step == 0;
            }
            return m.scale().isOnScale(value);
        }

        static RatingChecks of(RatingMeasure m) {
            List<String> names = m.sources().stream().map(RatingSource::name).toList();
            org.blendscore.rubric.RatingScale s = m.scale();
            int digits = Math.max(0, Math.max(places(s.min()), Math.max(places(s.max()), places(s.step()))));
            boolean integral = digits <= 6 && s.step().signum() > 0 && s.min().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0
                    && s.max().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0 && s.step().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
            long min = integral ? s.min().movePointRight(digits).longValueExact() : 0;
            long max = integral ? s.max().movePointRight(digits).longValueExact() : 0;
            long step = integral ? s.step().movePointRight(digits).longValueExact() : 0;
            return new RatingChecks(names.toArray(new String[0]), names, integral, min, max, step,
                    BigDecimal.ONE.movePointRight(digits).longValue());
        }

        private static int places(BigDecimal d) {
            return d.stripTrailingZeros().scale();
        }
    }

    EvidenceChecks(Rubric rubric, Map<String, Measure> measures) {
        this.rubric = rubric;
        this.measures = measures;
        this.ordered = measures.values().toArray(new Measure[0]);
        this.ids = new String[ordered.length];
        this.family = new byte[ordered.length];
        this.milestoneIds = new MilestoneIds[ordered.length];
        this.ratingChecks = new RatingChecks[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            ids[i] = ordered[i].id();
            if (ordered[i] instanceof MilestoneMeasure ms) {
                family[i] = MILESTONES;
                milestoneIds[i] = milestoneIds(ms);
            } else if (ordered[i] instanceof RatingMeasure rm) {
                family[i] = RATINGS;
                ratingChecks[i] = RatingChecks.of(rm);
            } else {
                family[i] = QUOTA;
            }
        }
    }

    private static MilestoneIds milestoneIds(MilestoneMeasure m) {
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
        boolean allMilestones = m.rules().size() < PatternCache.MAX_PARTS && m.rules().stream().allMatch(r -> r instanceof Milestone);
        String[] ruleIds = allMilestones ? m.rules().stream().map(MilestoneRule::id).toArray(String[]::new) : null;
        return new MilestoneIds(Set.copyOf(plain), Set.copyOf(counted), sorted(known), List.copyOf(plain), ruleIds);
    }

    /**
     * Checks the evidence. Finds nothing but problems: scoring reads the evidence again for what it needs.
     *
     * @param evidence the evidence
     * @param byMeasure receives each measure's evidence (or null), by position in declaration order
     * @param scratch the caller's scratch space, for this thread only
     * @return the problems found, in a stable order, at most {@link InvalidEvidenceException#MAX_LISTED_PROBLEMS}
     *     of them and a count of the rest; {@link Found#NONE} when the evidence can be scored
     */
    Found check(Evidence evidence, Object[] byMeasure, Scratch scratch) {
        Check c = new Check(evidence, scratch);
        c.run(byMeasure);
        return c.problems == null ? Found.NONE : new Found(c.problems, c.omitted);
    }

    /**
     * The problems a check found: the first {@link InvalidEvidenceException#MAX_LISTED_PROBLEMS}, in a stable
     * order, and how many more there were, counted and not kept, so that a record with a million bad
     * ratings costs a bounded amount of memory.
     *
     * @param problems the problems kept
     * @param omitted how many more were found
     */
    record Found(List<EvidenceProblem> problems, int omitted) {

        /** Nothing found. */
        static final Found NONE = new Found(List.of(), 0);

        /** Whether the evidence can be scored. */
        boolean isEmpty() {
            return problems.isEmpty();
        }
    }

    /**
     * Whether a string is empty or only white space; {@link String#isBlank()}, with a shortcut for the
     * usual id that starts with a printable ASCII character.
     */
    static boolean blank(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        return (c <= ' ' || c >= 0x7f) && s.isBlank();
    }

    /** One check of one piece of evidence. */
    private final class Check {

        private final Evidence evidence;
        private final Scratch scratch;
        private List<EvidenceProblem> problems;
        /** Problems found once {@link InvalidEvidenceException#MAX_LISTED_PROBLEMS} were kept: counted, not kept. */
        private int omitted;

        Check(Evidence evidence, Scratch scratch) {
            this.evidence = evidence;
            this.scratch = scratch;
        }

        private int size() {
            return problems == null ? 0 : problems.size();
        }

        private void add(Optional<String> measure, Optional<String> rater, String field, String message) {
            if (problems == null) {
                problems = new ArrayList<>();
            } else if (problems.size() >= InvalidEvidenceException.MAX_LISTED_PROBLEMS) {
                omitted = omitted == Integer.MAX_VALUE ? omitted : omitted + 1;
                return;
            }
            problems.add(new EvidenceProblem(evidence.subjectId(), measure, rater, field, message));
        }

        /**
         * Whether no more problems are kept: then counts one found, so that a caller in a long loop can
         * skip making the problem's message ({@code if (!dropped()) add(...)}).
         */
        private boolean dropped() {
            if (problems == null || problems.size() < InvalidEvidenceException.MAX_LISTED_PROBLEMS) {
                return false;
            }
            omitted = omitted == Integer.MAX_VALUE ? omitted : omitted + 1;
            return true;
        }

        private void add(String measure, Optional<String> rater, String field, String message) {
            add(Optional.of(measure), rater, field, message);
        }

        private void run(Object[] byMeasure) {
            if (!EvidenceSizeChecks.check(evidence, this::add)) {
                // too many parts or too long a text: nothing else is looked at, no message is made of a long text
                return;
            }
            if (blank(evidence.subjectId())) {
                add(Optional.empty(), Optional.empty(), "subjectId", EvidenceMessages.subjectMissing());
            }
            if (!rubric.effective().encloses(evidence.period())) {
                add(Optional.empty(), Optional.empty(), "period",
                        EvidenceMessages.periodOutside(evidence.period(), rubric.effective(), rubric.id()));
            }
            participation();
            factors();
            int global = size();
            Map<String, MeasureEvidence> given = evidence.measures();
            int found = 0;
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i];
                MeasureEvidence me = given.get(id);
                byMeasure[i] = me;
                if (me == null) {
                    continue;
                }
                found++;
                switch (family[i]) {
                    case QUOTA -> {
                        if (me instanceof QuotaActual a) {
                            quota(id, (QuotaMeasure) ordered[i], a.actual());
                            reliefsAndCheckIns(id, a);
                            reliefParts(id, (QuotaMeasure) ordered[i], a.reliefs());
                        } else {
                            add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily(EvidenceMessages.quotaFamily(), family(me)));
                        }
                    }
                    case MILESTONES -> {
                        if (me instanceof MilestonesReached r) {
                            milestones(id, milestoneIds[i], r);
                        } else {
                            add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily(EvidenceMessages.milestonesFamily(), family(me)));
                        }
                    }
                    default -> {
                        if (me instanceof Ratings r) {
                            ratings(id, (RatingMeasure) ordered[i], ratingChecks[i], r.ratings());
                        } else {
                            add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily(EvidenceMessages.ratingsFamily(), family(me)));
                        }
                    }
                }
            }
            if (found < given.size()) {
                // sorted, so that which of many unknown ids are listed does not depend on the map's order
                given.keySet().stream().filter(key -> !measures.containsKey(key)).sorted().forEach(key ->
                        add(key, Optional.empty(), "measureId", EvidenceMessages.unknownMeasure(key, measures.keySet())));
            }
            if (size() - global > 1) {
                // report measure problems by measure id, whatever the order of checking (stable within a measure)
                problems.subList(global, problems.size()).sort(java.util.Comparator.comparing(p -> p.measureId().orElse("")));
            }
        }

        private void participation() {
            org.blendscore.evidence.Participation p = evidence.participation();
            if (p.isFull()) {
                return;
            }
            if (!participationDates(p)) {
                // a date past the supported years has no day or month after it to compute with
                return;
            }
            if (p.start().isPresent() && p.end().isPresent() && p.end().get().isBefore(p.start().get())) {
                add(Optional.empty(), Optional.empty(), "participation.end",
                        EvidenceMessages.leavesBeforeStarting(p.end().get(), p.start().get()));
            }
            if (p.hired().isPresent() && p.start().isPresent() && p.start().get().isBefore(p.hired().get())) {
                add(Optional.empty(), Optional.empty(), "participation.hired",
                        EvidenceMessages.startsBeforeHired(p.start().get(), p.hired().get()));
            }
            if (p.leaves().size() < 2) {
                return;
            }
            List<org.blendscore.rubric.DateRange> leaves = p.leaves().stream()
                    .sorted(java.util.Comparator.comparing(org.blendscore.rubric.DateRange::start)).toList();
            for (int i = 1; i < leaves.size(); i++) {
                if (!leaves.get(i).start().isAfter(leaves.get(i - 1).end())) {
                    add(Optional.empty(), Optional.empty(), "participation.leaves",
                            EvidenceMessages.leavesOverlap(leaves.get(i - 1), leaves.get(i)));
                }
            }
        }

        /** Whether every date of the participation is within {@link DateLimits}; adds a problem for each that is not. */
        private boolean participationDates(org.blendscore.evidence.Participation p) {
            int before = size();
            p.start().filter(d -> !DateLimits.allows(d)).ifPresent(d ->
                    add(Optional.empty(), Optional.empty(), "participation.start", DateLimits.message("start", d)));
            p.end().filter(d -> !DateLimits.allows(d)).ifPresent(d ->
                    add(Optional.empty(), Optional.empty(), "participation.end", DateLimits.message("end", d)));
            p.hired().filter(d -> !DateLimits.allows(d)).ifPresent(d ->
                    add(Optional.empty(), Optional.empty(), "participation.hired", DateLimits.message("hired", d)));
            for (int i = 0; i < p.leaves().size(); i++) {
                org.blendscore.rubric.DateRange leave = p.leaves().get(i);
                if (!DateLimits.allows(leave)) {
                    LocalDate outside = DateLimits.allows(leave.start()) ? leave.end() : leave.start();
                    add(Optional.empty(), Optional.empty(), "participation.leaves[" + i + "]", DateLimits.message("leave", outside));
                }
            }
            return size() == before;
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
                    add(Optional.empty(), Optional.empty(), "factors[" + name + "]", EvidenceMessages.factorMissing(name, f));
                } else if (!NumberLimits.allows(value)) {
                    add(Optional.empty(), Optional.empty(), "factors[" + name + "]", EvidenceMessages.factorUnsupported(name, value));
                } else if (!f.allows(value)) {
                    add(Optional.empty(), Optional.empty(), "factors[" + name + "]", EvidenceMessages.factorOutOfRange(name, value, f));
                }
            }
            // a known factor no measure needs is not used, but it is fingerprinted: it must be within the limits too
            evidence.factors().entrySet().stream().filter(e -> !needed.contains(e.getKey()) && rubric.targets().factor(e.getKey()).isPresent()
                    && !NumberLimits.allows(e.getValue())).map(Map.Entry::getKey).sorted().forEach(n ->
                    add(Optional.empty(), Optional.empty(), "factors[" + n + "]", EvidenceMessages.factorUnsupported(n, evidence.factors().get(n))));
            evidence.factors().keySet().stream().sorted().filter(n -> rubric.targets().factor(n).isEmpty()).forEach(n ->
                    add(Optional.empty(), Optional.empty(), "factors[" + n + "]", EvidenceMessages.unknownFactor(n, rubric.targets().factors())));
        }

        private void reliefsAndCheckIns(String measureId, QuotaActual a) {
            if (a.reliefs().isEmpty() && a.checkIns().isEmpty()) {
                return;
            }
            Optional<String> id = Optional.of(measureId);
            for (int i = 0; i < a.reliefs().size(); i++) {
                org.blendscore.evidence.Relief r = a.reliefs().get(i);
                String field = "reliefs[" + i + "]";
                if (!NumberLimits.allows(r.amount())) {
                    add(id, Optional.empty(), field + ".amount", EvidenceMessages.reliefAmountUnsupported(r.amount()));
                } else if (r.amount().signum() <= 0) {
                    add(id, Optional.empty(), field + ".amount", EvidenceMessages.reliefAmountNotPositive(r.amount()));
                }
                if (r.reason().isBlank()) {
                    add(id, Optional.empty(), field + ".reason", EvidenceMessages.reliefReasonMissing());
                }
                if (r.approver().isBlank()) {
                    add(id, Optional.empty(), field + ".approver", EvidenceMessages.reliefApproverMissing());
                }
            }
            // the dates seen so far, to find one given twice in linear time
            Set<java.time.LocalDate> dates = a.checkIns().size() > 1 ? new HashSet<>() : null;
            for (int i = 0; i < a.checkIns().size(); i++) {
                org.blendscore.evidence.CheckIn c = a.checkIns().get(i);
                String field = "checkIns[" + i + "]";
                if (!NumberLimits.allows(c.actualToDate())) {
                    add(id, Optional.empty(), field + ".actualToDate", EvidenceMessages.checkInActualUnsupported(c.actualToDate()));
                } else if (c.actualToDate().signum() < 0) {
                    add(id, Optional.empty(), field + ".actualToDate", EvidenceMessages.negativeActual(c.actualToDate()));
                }
                if (c.date().isBefore(evidence.period().start()) || c.date().isAfter(evidence.period().end())) {
                    add(id, Optional.empty(), field + ".date", EvidenceMessages.checkInOutsidePeriod(c.date(), evidence.period()));
                }
                if (dates != null && !dates.add(c.date()) && !dropped()) {
                    add(id, Optional.empty(), field + ".date", EvidenceMessages.checkInTwice(c.date()));
                }
            }
        }

        /**
         * The parts of the period that target reliefs name: a target's only (not a credit's), of an amount or count
         * target (spread over the period; a rate is not), inside the review period, and each the same range as
         * another's or apart from it. Sorted by start, so the overlap check is one pass.
         */
        private void reliefParts(String measureId, QuotaMeasure q, List<org.blendscore.evidence.Relief> reliefs) {
            if (reliefs.isEmpty()) {
                return;
            }
            List<Integer> withPart = new ArrayList<>();
            for (int i = 0; i < reliefs.size(); i++) {
                org.blendscore.evidence.Relief r = reliefs.get(i);
                if (r.part().isEmpty()) {
                    continue;
                }
                DateRange part = r.part().get();
                String field = "reliefs[" + i + "].part";
                if (r.kind() == org.blendscore.evidence.Relief.Kind.CREDIT) {
                    add(Optional.of(measureId), Optional.empty(), field, EvidenceMessages.reliefPartOnCredit(part));
                } else if (q.target().kind() == org.blendscore.rubric.QuantityKind.RATE) {
                    add(Optional.of(measureId), Optional.empty(), field, EvidenceMessages.reliefPartOfRate(part, measureId));
                } else if (!evidence.period().encloses(part)) {
                    add(Optional.of(measureId), Optional.empty(), field, EvidenceMessages.reliefPartOutsidePeriod(part, evidence.period()));
                } else {
                    withPart.add(i);
                }
            }
            if (withPart.size() < 2) {
                return;
            }
            withPart.sort(java.util.Comparator.comparing((Integer i) -> reliefs.get(i).part().orElseThrow().start())
                    .thenComparing(i -> reliefs.get(i).part().orElseThrow().end()).thenComparing(i -> i));
            int widest = -1;
            for (int i : withPart) {
                DateRange part = reliefs.get(i).part().orElseThrow();
                if (widest >= 0) {
                    DateRange before = reliefs.get(widest).part().orElseThrow();
                    if (!part.equals(before) && !part.start().isAfter(before.end())) {
                        add(Optional.of(measureId), Optional.empty(), "reliefs[" + i + "].part",
                                EvidenceMessages.reliefPartsOverlap(part, before, widest));
                    }
                }
                if (widest < 0 || part.end().isAfter(reliefs.get(widest).part().orElseThrow().end())) {
                    widest = i;
                }
            }
        }

        private static String family(MeasureEvidence me) {
            if (me instanceof QuotaActual) {
                return EvidenceMessages.quotaFamily();
            }
            return me instanceof MilestonesReached ? EvidenceMessages.milestonesFamily() : EvidenceMessages.ratingsFamily();
        }

        private void quota(String id, QuotaMeasure q, BigDecimal actual) {
            if (!NumberLimits.allows(actual)) {
                add(id, Optional.empty(), "actual", NumberLimits.message("actual", actual));
            } else if (actual.signum() < 0) {
                add(id, Optional.empty(), "actual", EvidenceMessages.negativeActual(actual));
            } else if (q.target().kind() == QuantityKind.COUNT && actual.scale() > 0 && actual.stripTrailingZeros().scale() > 0) {
                add(id, Optional.empty(), "actual", EvidenceMessages.fractionalCount(actual, q.target().unit()));
            }
        }

        private void milestones(String measureId, MilestoneIds ids, MilestonesReached r) {
            if (r.counts().isEmpty() && ids.ruleIds() != null) {
                // every rule a plain milestone: all is well when as many of them were reached as were given
                Set<String> reached = r.reached();
                String[] ruleIds = ids.ruleIds();
                int found = 0;
                for (int k = 0; k < ruleIds.length; k++) {
                    if (reached.contains(ruleIds[k])) {
                        found++;
                    }
                }
                if (found == reached.size()) {
                    return;
                }
            } else if (r.counts().isEmpty() && allPlain(ids, r.reached())) {
                return;
            }
            Optional<String> id = Optional.of(measureId);
            Set<String> plain = ids.plain();
            Set<String> counted = ids.counted();
            r.reached().stream().sorted().forEach(reached -> {
                if (counted.contains(reached)) {
                    add(id, Optional.empty(), "reached", EvidenceMessages.countedAsReached(reached));
                } else if (!plain.contains(reached)) {
                    add(id, Optional.empty(), "reached", EvidenceMessages.unknownMilestone(reached, ids.known()));
                }
            });
            r.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> {
                if (plain.contains(c.getKey())) {
                    add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.countNotCounted(c.getKey()));
                } else if (!counted.contains(c.getKey())) {
                    add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.unknownMilestone(c.getKey(), ids.known()));
                } else if (c.getValue() < 0) {
                    add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.negativeCount(c.getValue()));
                }
            });
        }

        private void ratings(String id, RatingMeasure m, RatingChecks checks, List<Rating> ratings) {
            String[] sources = checks.sources();
            int n = sources.length;
            int size = ratings.size();
            Set<String> seen = size > 32 ? new HashSet<>() : null;
            int[] keys = seen == null && size > 1 ? scratch.keys(size) : null;
            // the keys seen so far, one bit each by a few bits of the key: a rating whose bit is clear has no
            // earlier rating with its key, so the earlier ones need to be compared only when the bit is set
            long keyBits = 0;
            for (int i = 0; i < size; i++) {
                Rating r = ratings.get(i);
                String raterId = r.raterId();
                boolean isBlank = blank(raterId);
                if (isBlank) {
                    add(id, Optional.empty(), "raterId", EvidenceMessages.raterMissing());
                }
                int source = -1;
                for (int k = 0; k < n; k++) {
                    if (sources[k].equals(r.source())) {
                        source = k;
                        break;
                    }
                }
                boolean duplicate = false;
                if (keys != null) {
                    // equal raters of one source have equal keys (an unknown source's ratings all get -1)
                    int key = raterId.hashCode() * 31 + source;
                    keys[i] = key;
                    long bit = 1L << ((key * 0x9E3779B9) >>> 26);
                    duplicate = (keyBits & bit) != 0 && ratedBefore(ratings, keys, i);
                    keyBits |= bit;
                } else if (seen != null && source >= 0 && !isBlank) {
                    // a known source's named raters, keyed by the source's position: the first '\u0000' ends it
                    duplicate = !seen.add(source + "\u0000" + raterId);
                }
                if (source < 0) {
                    if (!dropped()) {
                        add(id, rater(r), "source", EvidenceMessages.unknownSource(r.source(), checks.sourceList()));
                    }
                } else if (!isBlank && duplicate && !dropped()) {
                    add(id, rater(r), "raterId", EvidenceMessages.duplicateRating(r.source()));
                }
                Optional<BigDecimal> value = r.value();
                if (value.isPresent()) {
                    BigDecimal v = value.get();
                    if (checks.integral() && v.scale() == 0 && v.precision() <= 12) {
                        // the usual whole-number rating: within the number limits, on the scale by its range
                        long whole = v.longValue();
                        if (!checks.isOnScale(whole)) {
                            add(id, rater(r), "value", EvidenceMessages.offScale(v, m.scale()));
                        }
                    } else if (!NumberLimits.allows(v)) {
                        add(id, rater(r), "value", NumberLimits.message("rating", v));
                    } else if (!checks.isOnScale(m, v)) {
                        add(id, rater(r), "value", EvidenceMessages.offScale(v, m.scale()));
                    }
                }
            }
        }
    }

    private static boolean allPlain(MilestoneIds ids, Set<String> reached) {
        if (ids.counted().isEmpty() && reached.size() <= ids.plainList().size()) {
            // every reached id is a known plain one when as many known ones were reached
            int found = 0;
            for (String id : ids.plainList()) {
                if (reached.contains(id)) {
                    found++;
                }
            }
            return found == reached.size();
        }
        for (String id : reached) {
            if (!ids.plain().contains(id) || ids.counted().contains(id)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> rater(Rating r) {
        return r.raterId().isBlank() ? Optional.empty() : Optional.of(r.raterId());
    }

    /** The checks' scratch space, kept by a scoring workspace for its thread: hashes of raters, grown on demand. */
    static final class Scratch {
        private int[] keys = new int[16];

        /** Scratch hashes, at least {@code n} of them (not zeroed). */
        int[] keys(int n) {
            if (keys.length < n) {
                keys = new int[Math.max(n, keys.length * 2)];
            }
            return keys;
        }
    }

    /** Whether an earlier rating has the same rater and source as rating {@code i}; {@code keys} holds their hashes. */
    private static boolean ratedBefore(List<Rating> ratings, int[] keys, int i) {
        Rating r = ratings.get(i);
        for (int j = 0; j < i; j++) {
            if (keys[j] == keys[i]) {
                Rating o = ratings.get(j);
                if (o.raterId().equals(r.raterId()) && o.source().equals(r.source())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A hash of each rating's rater and source: ratings with different keys are not the same rater and source. */
    private static List<String> sorted(Set<String> items) {
        return items.stream().sorted().toList();
    }
}
