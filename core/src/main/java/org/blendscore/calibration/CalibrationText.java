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
package org.blendscore.calibration;

/** The calibration report as plain text. */
final class CalibrationText {

    private CalibrationText() {
    }

    /**
     * The report: a heading, then one line per rater, such as
     * {@code customer-trust / manager / m-1: 12 ratings, offset +0.42 [0.15, 0.69]}.
     */
    static String report(Calibration c) {
        StringBuilder out = new StringBuilder();
        out.append("Calibration of ").append(c.rubricId()).append(' ').append(c.rubricVersion())
                .append(" (shrinkage ").append(c.rules().shrinkage().toPlainString())
                .append(", interval z = ").append(c.rules().z().toPlainString())
                .append("; names every rater: for HR and audit only)\n");
        if (c.offsets().isEmpty()) {
            out.append("  no source declares calibration, or no rater was seen\n");
        }
        for (RaterOffset o : c.offsets()) {
            out.append("  ").append(o.measureId()).append(" / ").append(o.source()).append(" / ").append(o.raterId())
                    .append(": ").append(o.ratings()).append(o.ratings() == 1 ? " rating" : " ratings")
                    .append(", offset ").append(signed(o.offset().toPlainString()))
                    .append(" [").append(o.low().toPlainString()).append(", ").append(o.high().toPlainString()).append(']');
            o.warning().ifPresent(w -> out.append("; warning: ").append(w));
            out.append('\n');
        }
        return out.toString();
    }

    /** A number with its sign, so that a lenient rater reads {@code +0.42}. */
    static String signed(String plain) {
        return plain.startsWith("-") ? plain : "+" + plain;
    }
}
