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
package org.blendscore.ledger.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the ledger is tested on: a fresh H2 in memory, and a fresh schema on a real PostgreSQL.
 * Public for the rubric registry's tests, which run on the same databases.
 */
public final class Databases {

    /** The variable that holds the test server's JDBC URL; .ci/postgres sets it. */
    static final String PG_URL = "BLENDSCORE_PG_URL";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Databases() {
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:ledger" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return ds;
    }

    /**
     * A data source on a new, empty schema of the test server. Without {@value #PG_URL} the test fails
     * when CI is set (as .ci/run sets it) and is skipped, loudly, on a developer's machine.
     */
    public static DataSource postgres() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String why = PG_URL + " is not set: the PostgreSQL tests need a real server (`. .ci/postgres; blendscore_pg_start`)";
            if (System.getenv("CI") != null) {
                Assertions.fail(why + "; CI is set, so this is a failure, not a skip");
            }
            System.err.println("*** SKIPPED: " + why);
            Assumptions.abort(why);
        }
        String schema = "ledger_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        PGSimpleDataSource admin = pg(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError("cannot create schema " + schema + " on " + url, e);
        }
        PGSimpleDataSource ds = pg(url);
        ds.setCurrentSchema(schema);
        return ds;
    }

    private static PGSimpleDataSource pg(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    public static int execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /**
     * A data source whose connections fail the {@code n}th insert of an entry, as a broken connection would: at
     * once when it is sent alone, when its JDBC batch is sent otherwise (once).
     */
    static DataSource failingOnInsert(DataSource ds, int n) {
        AtomicInteger inserts = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        return proxy(DataSource.class, ds, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof Connection c) {
                return proxy(Connection.class, c, (ct, m, a) -> {
                    Object r = m.invoke(ct, a);
                    if (r instanceof PreparedStatement p && String.valueOf(a[0]).startsWith("INSERT INTO ledger_entry")) {
                        return proxy(PreparedStatement.class, p, (pt, pm, pa) -> {
                            // a row sent alone fails at once; a row added to a JDBC batch fails the batch when it is sent
                            if (pm.getName().equals("executeUpdate") && inserts.incrementAndGet() == n
                                    || pm.getName().equals("executeBatch") && inserts.get() >= n && !failed.getAndSet(true)) {
                                throw new SQLException("injected failure at insert " + n, "08006");
                            }
                            if (pm.getName().equals("addBatch")) {
                                inserts.incrementAndGet();
                            }
                            return pm.invoke(pt, pa);
                        });
                    }
                    return r;
                });
            }
            return result;
        });
    }

    private interface Call {
        Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler h = (p, m, a) -> {
            try {
                return call.call(target, m, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(Databases.class.getClassLoader(), new Class<?>[] {type}, h));
    }
}
