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

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.Rubric;

/**
 * Checks pieces of evidence against one rubric and collects every problem. What depends only on
 * the rubric (measures by id, milestone ids, rating sources, scales) is prepared once, when the
 * scorer is compiled; a check allocates nothing when the evidence is fine. The checks of the subject
 * as a whole ({@link SubjectEvidenceChecks}) and of each family of measure ({@link QuotaEvidenceChecks},
 * {@link MilestoneEvidenceChecks}, {@link RatingEvidenceChecks}) are in files of their own.
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
    private final MilestoneEvidenceChecks[] milestoneChecks;
    private final RatingEvidenceChecks[] ratingChecks;

    EvidenceChecks(Rubric rubric, Map<String, Measure> measures) {
        this.rubric = rubric;
        this.measures = measures;
        this.ordered = measures.values().toArray(new Measure[0]);
        this.ids = new String[ordered.length];
        this.family = new byte[ordered.length];
        this.milestoneChecks = new MilestoneEvidenceChecks[ordered.length];
        this.ratingChecks = new RatingEvidenceChecks[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            ids[i] = ordered[i].id();
            if (ordered[i] instanceof MilestoneMeasure ms) {
                family[i] = MILESTONES;
                milestoneChecks[i] = MilestoneEvidenceChecks.of(ms);
            } else if (ordered[i] instanceof RatingMeasure rm) {
                family[i] = RATINGS;
                ratingChecks[i] = RatingEvidenceChecks.of(rm);
            } else {
                family[i] = QUOTA;
            }
        }
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
        return c.kept() == null ? Found.NONE : new Found(c.kept(), c.omitted());
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
    private final class Check extends EvidenceProblemList {

        private final Evidence evidence;
        private final Scratch scratch;

        Check(Evidence evidence, Scratch scratch) {
            super(evidence.subjectId());
            this.evidence = evidence;
            this.scratch = scratch;
        }

        private void run(Object[] byMeasure) {
            if (!EvidenceSizeChecks.check(evidence, this::add)) {
                // too many parts or too long a text: nothing else is looked at, no message is made of a long text
                return;
            }
            if (!EvidenceNumberChecks.check(evidence, this::add)) {
                // a number written too long: nothing else is looked at, as for a part too many
                return;
            }
            if (blank(evidence.subjectId())) {
                add(Optional.empty(), Optional.empty(), "subjectId", EvidenceMessages.subjectMissing());
            }
            if (!rubric.effective().encloses(evidence.period())) {
                add(Optional.empty(), Optional.empty(), "period",
                        EvidenceMessages.periodOutside(evidence.period(), rubric.effective(), rubric.id()));
            }
            SubjectEvidenceChecks.participation(evidence, this);
            SubjectEvidenceChecks.factors(rubric, measures.values(), evidence, this);
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
                            QuotaEvidenceChecks.actual(id, (QuotaMeasure) ordered[i], a.actual(), this);
                            QuotaEvidenceChecks.reliefsAndCheckIns(id, a, evidence.period(), this);
                            QuotaEvidenceChecks.basis(id, a, this);
                            QuotaEvidenceChecks.reliefParts(id, (QuotaMeasure) ordered[i], a.reliefs(), evidence.period(), this);
                        } else {
                            add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily(EvidenceMessages.quotaFamily(), family(me)));
                        }
                    }
                    case MILESTONES -> {
                        if (me instanceof MilestonesReached r) {
                            milestoneChecks[i].check(id, r, this);
                        } else {
                            add(id, Optional.empty(), "evidence", EvidenceMessages.wrongFamily(EvidenceMessages.milestonesFamily(), family(me)));
                        }
                    }
                    default -> {
                        if (me instanceof Ratings r) {
                            ratingChecks[i].check(id, (RatingMeasure) ordered[i], r.ratings(), scratch, this);
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
                kept().subList(global, size()).sort(Comparator.comparing(p -> p.measureId().orElse("")));
            }
        }

        private static String family(MeasureEvidence me) {
            if (me instanceof QuotaActual) {
                return EvidenceMessages.quotaFamily();
            }
            return me instanceof MilestonesReached ? EvidenceMessages.milestonesFamily() : EvidenceMessages.ratingsFamily();
        }
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
}
