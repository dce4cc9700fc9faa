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

import java.time.LocalDate;
import java.util.Objects;

/**
 * One customer's survey answer: a CSAT answer on a 1 to {@code scaleTop} scale, or an NPS answer
 * from 0 to 10 (then {@code scaleTop} is 10). An answer outside its scale is reported as a bad record.
 *
 * @param id the response's id
 * @param owner the subject id of the seller it is about
 * @param kind CSAT or NPS
 * @param day the day it was answered
 * @param answer the answer
 * @param scaleTop the scale's top answer (5 for a 1-5 CSAT scale, 10 for NPS)
 */
public record SurveyResponse(String id, String owner, SurveyKind kind, LocalDate day, int answer, int scaleTop) {

    /**
     * Checks that every part is present.
     *
     * @param id the response's id
     * @param owner the seller it is about
     * @param kind CSAT or NPS
     * @param day the day it was answered
     * @param answer the answer
     * @param scaleTop the scale's top answer
     */
    public SurveyResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, () -> MetricMessages.part("owner", MetricMessages.SURVEY_RESPONSE, id));
        Objects.requireNonNull(kind, () -> MetricMessages.part("kind", MetricMessages.SURVEY_RESPONSE, id));
        Objects.requireNonNull(day, () -> MetricMessages.part("day", MetricMessages.SURVEY_RESPONSE, id));
    }

    /**
     * A CSAT answer on a 1-5 scale.
     *
     * @param id the response's id
     * @param owner the seller it is about
     * @param day the day, ISO
     * @param answer the answer, 1 to 5
     * @return the response
     */
    public static SurveyResponse csat(String id, String owner, String day, int answer) {
        return new SurveyResponse(id, owner, SurveyKind.CSAT, LocalDate.parse(day), answer, 5);
    }

    /**
     * An NPS answer, 0 to 10.
     *
     * @param id the response's id
     * @param owner the seller it is about
     * @param day the day, ISO
     * @param answer the answer, 0 to 10
     * @return the response
     */
    public static SurveyResponse nps(String id, String owner, String day, int answer) {
        return new SurveyResponse(id, owner, SurveyKind.NPS, LocalDate.parse(day), answer, 10);
    }

    /**
     * The lowest answer of this response's scale: 1 for CSAT, 0 for NPS.
     *
     * @return the scale's bottom
     */
    public int scaleBottom() {
        return kind == SurveyKind.NPS ? 0 : 1;
    }
}
