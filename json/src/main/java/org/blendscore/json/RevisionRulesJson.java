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
package org.blendscore.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRule;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rubric family's revision rules as a {@value JsonFormat#REVISION_RULES} document, so that the
 * rules a revision must keep are kept and changed as data beside the rubrics they govern:
 *
 * <pre>{@code
 * {
 *   "format" : "blendscore.revision-rules/1",
 *   "family" : "hunter-ae",
 *   "rules" : [
 *     { "kind" : "min-qualitative-share", "percent" : "30" },
 *     { "kind" : "max-share-move", "points" : "10" },
 *     { "kind" : "reason-and-approver-in-running-period" },
 *     { "kind" : "withholding-may-not-grow" }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code "family"} is the rubric id that the family's versions share. Each rule's type is taken
 * only from its {@code "kind"}, a closed set of four, each at most once; percentages and points are
 * decimal strings from 0 to 100, never passed through {@code double}. Reading enforces the
 * {@link JsonLimits} while parsing, rejects duplicate and unknown members, and reports every problem
 * at once in an {@link InvalidDocumentException}, each with its JSON Pointer. Reading what
 * {@link #write(FamilyRules)} wrote gives equal rules. Instances are immutable and thread-safe.
 */
public final class RevisionRulesJson {

    private static final RevisionRulesJson DEFAULT = new RevisionRulesJson(JsonLimits.defaults());

    private final DocumentParser parser;

    private RevisionRulesJson(JsonLimits limits) {
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return the reader
     */
    public static RevisionRulesJson withLimits(JsonLimits limits) {
        return new RevisionRulesJson(limits);
    }

    /**
     * Reads a document with the default limits.
     *
     * @param json the document
     * @return the family's rules
     * @throws InvalidDocumentException naming every problem of the document
     */
    public static FamilyRules read(String json) {
        return DEFAULT.readRules(json);
    }

    /**
     * Reads a document from a stream (UTF-8, not closed here) with the default limits.
     *
     * @param in the document
     * @return the family's rules
     * @throws InvalidDocumentException naming every problem of the document
     */
    public static FamilyRules read(InputStream in) {
        return DEFAULT.readRules(in);
    }

    /**
     * Reads a document.
     *
     * @param json the document
     * @return the family's rules
     * @throws InvalidDocumentException naming every problem of the document
     */
    public FamilyRules readRules(String json) {
        Objects.requireNonNull(json, "json");
        return RevisionRulesReader.document(parser.parse(json, JsonFormat.REVISION_RULES));
    }

    /**
     * Reads a document from a stream (UTF-8, not closed here).
     *
     * @param in the document
     * @return the family's rules
     * @throws InvalidDocumentException naming every problem of the document
     */
    public FamilyRules readRules(InputStream in) {
        Objects.requireNonNull(in, "in");
        return RevisionRulesReader.document(parser.parse(in, JsonFormat.REVISION_RULES));
    }

    /**
     * Writes a family's rules as an indented document, the rules in their declared order.
     *
     * @param rules the rules
     * @return the document
     */
    public static String write(FamilyRules rules) {
        return Out.text(document(rules));
    }

    /**
     * Writes a family's rules to a stream, indented, in UTF-8; the stream is left open.
     *
     * @param rules the rules
     * @param out where to write
     */
    public static void write(FamilyRules rules, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Out.write(document(rules), out);
    }

    private static ObjectNode document(FamilyRules family) {
        Objects.requireNonNull(family, "rules");
        ObjectNode doc = Out.document(JsonFormat.REVISION_RULES);
        doc.put("family", family.family());
        ArrayNode rules = doc.putArray("rules");
        for (RevisionRule rule : family.rules().rules()) {
            ObjectNode node = rules.addObject();
            if (rule instanceof RevisionRule.MinQualitativeShare m) {
                node.put("kind", RevisionRulesReader.MIN_QUALITATIVE_SHARE);
                Out.decimal(node, "percent", m.percent());
            } else if (rule instanceof RevisionRule.MaxShareMove m) {
                node.put("kind", RevisionRulesReader.MAX_SHARE_MOVE);
                Out.decimal(node, "points", m.points());
            } else if (rule instanceof RevisionRule.ReasonAndApproverInRunningPeriod) {
                node.put("kind", RevisionRulesReader.REASON_AND_APPROVER);
            } else {
                node.put("kind", RevisionRulesReader.WITHHOLDING);
            }
        }
        return doc;
    }
}
