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
package org.blendscore.ledger;

import java.math.BigDecimal;
import java.time.Instant;

import org.blendscore.json.ReviewJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as the JSON payloads of entries, and back. A payload is one compact JSON object whose members
 * are written in a fixed order; decimals and instants are strings; a review is its
 * {@code blendscore.review/1} audit-view document, so reading it back gives an equal review.
 */
public final class Payloads {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Payloads() {
    }

    /**
     * The payload of an event.
     *
     * @param event the event
     * @return its JSON payload
     */
    public static String write(Event event) {
        ObjectNode o = JSON.createObjectNode();
        o.put("at", event.at().toString());
        if (event instanceof ComputedReview r) {
            o.set("review", JSON.readTree(ReviewJson.write(r.review())));
        } else if (event instanceof Adjustment a) {
            o.put("reviewSeq", a.reviewSeq());
            if (a.change() instanceof Change.Band b) {
                o.put("band", b.band());
            } else if (a.change() instanceof Change.Points p) {
                o.put("measure", p.measureId());
                o.put("points", p.points().toPlainString());
            }
            o.put("reason", a.reason());
            o.put("reviewer", a.reviewer());
            o.put("approver", a.approver());
        } else if (event instanceof Dispute d) {
            o.put("reviewSeq", d.reviewSeq());
            o.put("raisedBy", d.raisedBy());
            o.put("reason", d.reason());
        } else if (event instanceof Resolution r) {
            o.put("disputeSeq", r.disputeSeq());
            o.put("outcome", r.outcome().name());
            o.put("resolvedBy", r.resolvedBy());
            o.put("reason", r.reason());
        }
        return JSON.writeValueAsString(o);
    }

    /**
     * The event an entry records.
     *
     * @param entry the entry
     * @return its event
     * @throws IllegalArgumentException if the payload is not one the ledger writes (a tampered row)
     */
    public static Event read(Entry entry) {
        JsonNode o = JSON.readTree(entry.payload());
        Instant at = Instant.parse(o.get("at").asString());
        String subject = entry.subjectId();
        switch (entry.kind()) {
            case REVIEW:
                return new ComputedReview(ReviewJson.read(JSON.writeValueAsString(o.get("review"))), at);
            case ADJUSTMENT:
                Change change = o.has("band") ? Change.band(o.get("band").asString())
                        : Change.points(o.get("measure").asString(), new BigDecimal(o.get("points").asString()));
                return new Adjustment(subject, o.get("reviewSeq").asLong(), change, o.get("reason").asString(),
                        o.get("reviewer").asString(), o.get("approver").asString(), at);
            case DISPUTE:
                return new Dispute(subject, o.get("reviewSeq").asLong(), o.get("raisedBy").asString(), o.get("reason").asString(), at);
            case RESOLUTION:
                return new Resolution(subject, o.get("disputeSeq").asLong(), Resolution.Outcome.valueOf(o.get("outcome").asString()),
                        o.get("resolvedBy").asString(), o.get("reason").asString(), at);
            default:
                throw new IllegalArgumentException("entry " + entry.seq() + " of subject " + subject + " has an unknown kind " + entry.kind());
        }
    }
}
