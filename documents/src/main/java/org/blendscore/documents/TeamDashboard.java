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
package org.blendscore.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Rubric;

/**
 * A manager's page over a batch: the distribution of the overall score by band, a ranked table,
 * quota points against qualitative points for every rep (a scatter), the adverse-impact table,
 * the reps whose coverage is too low for a band, and for an interim batch the pacing and weekly
 * activity targets.
 *
 * <p>Ranking: complete reviews first, by overall score from the highest, then by name and subject
 * id, so the order never depends on the order of the input. A rep's quota points are the
 * contributions of their quota measures over those measures' share of the overall (their weighted
 * mean points); qualitative points the same over their rating measures. A rep without either kind is
 * left out of the scatter.
 *
 * <pre>{@code
 * String html = TeamDashboard.html(TeamBatch.of("Team East, 2026", List.of(rubric), members).withImpact(impact));
 * }</pre>
 */
public final class TeamDashboard {

    private static final String NO_BAND = "no band";

    private TeamDashboard() {
    }

    /**
     * The dashboard as one self-contained HTML page.
     *
     * @param batch the batch
     * @return the page, UTF-8 text
     * @throws NullPointerException if {@code batch} is null
     */
    public static String html(TeamBatch batch) {
        Objects.requireNonNull(batch, "batch");
        List<TeamMember> ranked = new ArrayList<>(batch.members());
        ranked.sort(Comparator.comparing((TeamMember m) -> !m.review().complete())
                .thenComparing(Comparator.comparing((TeamMember m) -> m.review().overall()).reversed())
                .thenComparing(TeamMember::name).thenComparing(m -> m.review().subjectId()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", batch.title());
        m.put("reps", Integer.toString(ranked.size()));
        m.put("banded", Long.toString(ranked.stream().filter(r -> r.review().band().isPresent()).count()));
        m.put("distribution", distribution(batch, ranked));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ScatterChart.Dot> dots = new ArrayList<>();
        List<Map<String, Object>> low = new ArrayList<>();
        int rank = 0;
        for (TeamMember t : ranked) {
            Review r = t.review();
            rows.add(Map.of("rank", Integer.toString(++rank), "name", t.name(), "rubric", r.rubricId() + " " + r.rubricVersion(),
                    "overall", r.overall().toPlainString(), "band", r.band().orElse(NO_BAND) + (r.bandBeforeGuards().isPresent() ? " (guard)" : ""),
                    "coverage", r.coverage().overallPercent().toPlainString(), "reason", r.topReason().map(Reason::text).orElse("every measure at 100")));
            BigDecimal quota = meanPoints(r, true);
            BigDecimal qualitative = meanPoints(r, false);
            if (quota != null && qualitative != null) {
                dots.add(new ScatterChart.Dot(t.name(), quota, qualitative));
            }
            if (!r.complete()) {
                low.add(Map.of("name", t.name(), "coverage", r.coverage().overallPercent().toPlainString(),
                        "least", Plot.decimal(r.coverage().leastForBand().toBigDecimal(2).movePointRight(2)),
                        "missing", String.join(", ", r.coverage().missing().stream().map(e -> e.measureId() + e.source().map(s -> " (" + s + ")").orElse("")).toList())));
            }
        }
        m.put("ranked", rows);
        Map<String, Object> scatter = ScatterChart.of("Quota points against qualitative points",
                dots.size() + " reps: each dot is a rep, quota measures' mean points across, rating measures' mean points up.",
                "quota points", "qualitative points", dots);
        scatter.put("chartId", "scatter");
        m.put("scatter", scatter);
        m.put("lowCoverage", low);
        m.put("hasLowCoverage", !low.isEmpty());
        batch.impact().ifPresent(i -> m.put("impact", DashboardImpact.of(i)));
        List<Map<String, Object>> pacing = DashboardPacing.rows(ranked, batch.weeklyTargets());
        m.put("pacing", pacing);
        m.put("hasPacing", !pacing.isEmpty());
        return Templates.html("dashboard.html.mustache", m);
    }

    private static Map<String, Object> distribution(TeamBatch batch, List<TeamMember> ranked) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Band> bands = new ArrayList<>();
        for (Rubric rubric : batch.rubrics()) {
            bands.addAll(rubric.bands());
        }
        bands.sort(Comparator.comparing(Band::lowerBound).reversed());
        bands.forEach(b -> counts.putIfAbsent(b.label(), 0));
        for (TeamMember t : ranked) {
            counts.merge(t.review().band().orElse(NO_BAND), 1, Integer::sum);
        }
        List<ColumnChart.Column> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((band, count) -> {
            columns.add(new ColumnChart.Column(band, count));
            rows.add(Map.of("band", band, "count", Integer.toString(count)));
        });
        Map<String, Object> chart = ColumnChart.of("Reps by band", "How many reps are in each band, highest band first"
                + (counts.containsKey(NO_BAND) ? "; no band: incomplete reviews." : "."), "band", columns);
        chart.put("chartId", "distribution");
        return Map.of("chart", chart, "rows", rows);
    }

    /** The mean points of a review's quota (or rating) measures, weighted by their share of the overall; null if it has none. */
    private static BigDecimal meanPoints(Review review, boolean quota) {
        BigDecimal contribution = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        for (MeasureResult r : review.measures()) {
            boolean kind = quota ? r.input() instanceof QuotaInput : r.input() instanceof RatingInput;
            if (kind && r.effectiveWeight().signum() > 0) {
                contribution = contribution.add(r.contribution());
                weight = weight.add(r.effectiveWeight());
            }
        }
        return weight.signum() == 0 ? null : contribution.multiply(BigDecimal.valueOf(100)).divide(weight, 2, RoundingMode.HALF_EVEN);
    }
}
