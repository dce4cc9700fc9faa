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
package org.blendscore.team;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;

/**
 * A pooled team quota: the team's actual, the sum of its members' actuals of one quota measure, is fed
 * to every member as the actual of a second quota measure that the rubric declares for the team goal.
 *
 * <p>Why a separate measure rather than a blend inside one: the weight the team's attainment carries is
 * then the pooled measure's weight in its section, declared on the rubric like any other weight (own
 * quota 70%, team quota 30%), published with it, checked by the analysis and shown in every review with
 * its own target, attainment, curve and contribution. Nothing in the rubric model, the evidence format
 * or the scorer changes, and a rubric without a pooled measure scores as before. This is evidence
 * preparation: call {@link #apply(List)} before scoring.
 *
 * @param teamId the team, as errors name it
 * @param sourceMeasureId the members' own quota measure whose reported actuals add up to the team's
 * @param pooledMeasureId the rubric's quota measure that carries the team's attainment
 * @param members the members' subject ids, each once
 */
public record PooledGoal(String teamId, String sourceMeasureId, String pooledMeasureId, List<String> members) {

    /**
     * Checks the goal and copies the members.
     *
     * @param teamId the team, as errors name it
     * @param sourceMeasureId the members' own quota measure
     * @param pooledMeasureId the quota measure that carries the team's attainment
     * @param members the members' subject ids, each once
     */
    public PooledGoal {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(sourceMeasureId, "sourceMeasureId");
        Objects.requireNonNull(pooledMeasureId, "pooledMeasureId");
        members = List.copyOf(members);
        if (sourceMeasureId.equals(pooledMeasureId)) {
            throw new IllegalArgumentException(TeamMessages.pooledIsSource(teamId, pooledMeasureId));
        }
        if (members.isEmpty() || new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException(TeamMessages.membersNotDistinct(teamId, members));
        }
    }

    /**
     * The team's actual: the sum of the members' reported actuals of the source measure (before any
     * relief, which relieves a member's own quota only).
     *
     * @param evidence the members' evidence, in any order; others' evidence is ignored
     * @return the team's actual
     * @throws IllegalArgumentException naming the team and member when a member has no evidence, or no
     *     quota actual for the source measure
     */
    public BigDecimal teamActual(List<Evidence> evidence) {
        Map<String, Evidence> bySubject = bySubject(evidence);
        BigDecimal sum = BigDecimal.ZERO;
        for (String member : members) {
            Evidence e = bySubject.get(member);
            if (e == null) {
                throw new IllegalArgumentException(TeamMessages.memberMissing(teamId, member));
            }
            MeasureEvidence me = e.measures().get(sourceMeasureId);
            if (!(me instanceof QuotaActual qa)) {
                throw new IllegalArgumentException(TeamMessages.memberWithoutActual(teamId, member, sourceMeasureId));
            }
            sum = sum.add(qa.actual());
        }
        return sum;
    }

    /**
     * The evidence with the team's actual set as every member's actual of the pooled measure; others'
     * evidence unchanged, in the same order.
     *
     * @param evidence the evidence, in any order
     * @return the evidence to score
     * @throws IllegalArgumentException as {@link #teamActual(List)}, or when a member already reports the pooled measure
     */
    public List<Evidence> apply(List<Evidence> evidence) {
        QuotaActual team = new QuotaActual(teamActual(evidence));
        Set<String> in = Set.copyOf(members);
        List<Evidence> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            if (!in.contains(e.subjectId())) {
                out.add(e);
                continue;
            }
            if (e.measures().containsKey(pooledMeasureId)) {
                throw new IllegalArgumentException(TeamMessages.pooledAlreadyReported(teamId, e.subjectId(), pooledMeasureId));
            }
            Map<String, MeasureEvidence> measures = new LinkedHashMap<>(e.measures());
            measures.put(pooledMeasureId, team);
            out.add(new Evidence(e.subjectId(), e.period(), measures, e.attributes(), e.participation(), e.factors()));
        }
        return List.copyOf(out);
    }

    private Map<String, Evidence> bySubject(List<Evidence> evidence) {
        Map<String, Evidence> by = new LinkedHashMap<>();
        for (Evidence e : Objects.requireNonNull(evidence, "evidence")) {
            if (by.put(e.subjectId(), e) != null && members.contains(e.subjectId())) {
                throw new IllegalArgumentException(TeamMessages.memberTwice(teamId, e.subjectId()));
            }
        }
        return by;
    }
}
