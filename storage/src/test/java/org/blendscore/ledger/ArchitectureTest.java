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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The ledger's domain ({@code org.blendscore.ledger}) knows nothing of JDBC: neither its own
 * {@code jdbc} package nor {@code java.sql}, Flyway or a driver. The registry and the revision rules
 * of issue 15 are to follow the same split.
 */
class ArchitectureTest {

    private static final JavaClasses STORAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.blendscore.ledger", "org.blendscore.registry");

    @Test
    void theDomainDoesNotDependOnTheJdbcPackage() {
        noClasses().that().resideInAPackage("org.blendscore.ledger")
                .should().dependOnClassesThat().resideInAnyPackage("org.blendscore.ledger.jdbc..", "java.sql..", "javax.sql..",
                        "org.flywaydb..", "org.h2..", "org.postgresql..")
                .because("the chain, the events and the current review are the same whatever stores them").check(STORAGE);
    }

    @Test
    void theRegistrysDomainDoesNotDependOnJdbc() {
        noClasses().that().resideInAPackage("org.blendscore.registry")
                .should().dependOnClassesThat().resideInAnyPackage("org.blendscore.registry.jdbc..", "org.blendscore.ledger..",
                        "java.sql..", "javax.sql..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                .because("periods, revisions and lookups are the same whatever stores them").check(STORAGE);
    }

    @Test
    void bothPackagesAreImported() {
        // a rule over no classes would pass for the wrong reason
        org.junit.jupiter.api.Assertions.assertTrue(STORAGE.contain("org.blendscore.ledger.jdbc.JdbcLedger"));
        org.junit.jupiter.api.Assertions.assertTrue(STORAGE.contain("org.blendscore.ledger.ChainVerifier"));
        org.junit.jupiter.api.Assertions.assertTrue(STORAGE.contain("org.blendscore.registry.Periods"));
        org.junit.jupiter.api.Assertions.assertTrue(STORAGE.contain("org.blendscore.registry.jdbc.JdbcRubricRegistry"));
    }
}
