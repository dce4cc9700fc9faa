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
package org.blendscore.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** From a consumer's side: the modules export their API packages and nothing else. */
class ModuleDescriptorTest {

    private static Set<String> exports(Module m) {
        return m.getDescriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void coreExportsItsApiPackagesOnly() {
        Module core = Scorer.class.getModule();
        assertTrue(core.isNamed(), "core runs as a named module on the module path");
        assertEquals("org.blendscore.core", core.getName());
        assertEquals(Set.of("org.blendscore.analysis", "org.blendscore.calibration", "org.blendscore.evidence", "org.blendscore.impact", "org.blendscore.funnel", "org.blendscore.guidance",
                "org.blendscore.metrics", "org.blendscore.number", "org.blendscore.review", "org.blendscore.revision", "org.blendscore.rubric", "org.blendscore.scoring", "org.blendscore.team", "org.blendscore.whatif"), exports(core));
        assertEquals(Set.of("jakarta.validation", "org.slf4j"), core.getDescriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name).filter(n -> !n.equals("java.base")).collect(Collectors.toSet()));
    }

    @Test
    void dslExportsItsOnePackageAndReadsCore() {
        Module dsl = RubricDsl.class.getModule();
        assertEquals("org.blendscore.dsl", dsl.getName());
        assertEquals(Set.of("org.blendscore.dsl"), exports(dsl));
        assertTrue(dsl.canRead(Scorer.class.getModule()));
    }
}
