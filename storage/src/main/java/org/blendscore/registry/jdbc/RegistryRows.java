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
package org.blendscore.registry.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blendscore.json.RubricJson;
import org.blendscore.registry.EffectivePeriod;
import org.blendscore.registry.Periods.Slot;
import org.blendscore.registry.RegisteredRubric;
import org.blendscore.registry.Revision;

/** The registry's SQL: its rows to and from registered rubrics. */
final class RegistryRows {

    private static final String SLOT_COLUMNS = "rubric_id, version, role, effective_from, effective_to";
    private static final String COLUMNS = "role, effective_from, effective_to, reason, author, approver, revised_on, document";

    private RegistryRows() {
    }

    /** Creates the family row if it is missing; a concurrent creator makes this fail with a unique violation. */
    static void ensureFamily(Connection c, String id, String role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM registry_family WHERE rubric_id = ? AND role = ?")) {
            s.setString(1, id);
            s.setString(2, role);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_family (rubric_id, role) VALUES (?, ?)")) {
            s.setString(1, id);
            s.setString(2, role);
            s.executeUpdate();
        }
    }

    /** Locks the family row until the transaction ends. */
    static void lockFamily(Connection c, String id, String role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rubric_id FROM registry_family WHERE rubric_id = ? AND role = ? FOR UPDATE")) {
            s.setString(1, id);
            s.setString(2, role);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("the registry row of rubric " + id + " and role " + role + " vanished", "40001");
                }
            }
        }
    }

    static List<Slot> slots(Connection c, String where, String... arguments) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SLOT_COLUMNS + " FROM registry_rubric WHERE " + where
                + " ORDER BY rubric_id, role, effective_from")) {
            for (int i = 0; i < arguments.length; i++) {
                s.setString(i + 1, arguments[i]);
            }
            List<Slot> slots = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    slots.add(new Slot(r.getString(1), r.getString(2), r.getString(3),
                            new EffectivePeriod(r.getObject(4, LocalDate.class), Optional.ofNullable(r.getObject(5, LocalDate.class)))));
                }
            }
            return slots;
        }
    }

    static Optional<RegisteredRubric> read(Connection c, String id, String version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM registry_rubric WHERE rubric_id = ? AND version = ?")) {
            s.setString(1, id);
            s.setString(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                EffectivePeriod period = new EffectivePeriod(r.getObject(2, LocalDate.class), Optional.ofNullable(r.getObject(3, LocalDate.class)));
                Revision revision = new Revision(Optional.ofNullable(r.getString(4)), r.getString(5), Optional.ofNullable(r.getString(6)),
                        r.getObject(7, LocalDate.class));
                return Optional.of(new RegisteredRubric(RubricJson.read(r.getString(8)), r.getString(1), period, revision));
            }
        }
    }

    static void insert(Connection c, RegisteredRubric registered) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_rubric (rubric_id, version, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Revision revision = registered.revision();
            s.setString(1, registered.id());
            s.setString(2, registered.version());
            s.setString(3, registered.role());
            s.setObject(4, registered.period().from());
            s.setObject(5, registered.period().to().orElse(null), java.sql.Types.DATE);
            s.setString(6, revision.reason().orElse(null));
            s.setString(7, revision.author());
            s.setString(8, revision.approver().orElse(null));
            s.setObject(9, revision.date());
            s.setString(10, RubricJson.write(registered.rubric()));
            s.executeUpdate();
        }
    }
}
