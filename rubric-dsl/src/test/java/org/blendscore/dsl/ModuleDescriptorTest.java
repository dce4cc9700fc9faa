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
        assertEquals(Set.of("org.blendscore.analysis", "org.blendscore.evidence", "org.blendscore.fairness", "org.blendscore.funnel",
                "org.blendscore.number", "org.blendscore.review", "org.blendscore.rubric", "org.blendscore.scoring"), exports(core));
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
