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
package org.blendscore;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.blendscore.rubric.Rubric;

/**
 * What core's module descriptor exports, read from the compiled {@code module-info.class}, and the
 * ArchUnit predicates and condition over it: a type that users can reach (public, in an exported
 * package, enclosed only by such types) mentions in its public and protected signatures (supertypes,
 * fields, parameters, return types, type arguments and bounds, thrown exceptions) no type of the
 * project that lies outside the exported packages.
 */
final class ExportedApi {

    private static final String ROOT = "org.blendscore";

    /** The packages {@code org.blendscore.core} exports to everyone. */
    static final Set<String> EXPORTED = exported();

    static final DescribedPredicate<JavaClass> PUBLIC_IN_EXPORTED_PACKAGES =
            DescribedPredicate.describe("are reachable API (public, in an exported package)", ExportedApi::reachable);

    static final DescribedPredicate<JavaClass> OUTSIDE_EXPORTED_PACKAGES =
            DescribedPredicate.describe("reside in a package of the project that the module does not export",
                    c -> c.getPackageName().startsWith(ROOT) && !EXPORTED.contains(c.getPackageName()));

    static final ArchCondition<JavaClass> EXPOSE_ONLY_EXPORTED_TYPES =
            new ArchCondition<>("expose only exported types in public signatures") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (String leak : leaks(type)) {
                        events.add(SimpleConditionEvent.violated(type, leak));
                    }
                }
            };

    private ExportedApi() {
    }

    private static Set<String> exported() {
        ModuleDescriptor descriptor = Rubric.class.getModule().getDescriptor();
        if (descriptor == null) {
            // on the class path (an IDE run): read the compiled descriptor itself
            try (InputStream in = Rubric.class.getResourceAsStream("/module-info.class")) {
                if (in == null) {
                    throw new IllegalStateException("module-info.class of org.blendscore.core not found");
                }
                descriptor = ModuleDescriptor.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The project's packages below the root among the imported classes, by last name part. */
    static Set<String> packagesOf(JavaClasses classes) {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith(ROOT + ".")) {
                names.add(c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]);
            }
        }
        return names;
    }

    private static boolean reachable(JavaClass type) {
        if (!type.getModifiers().contains(JavaModifier.PUBLIC) || !EXPORTED.contains(type.getPackageName())) {
            return false;
        }
        return type.getEnclosingClass().map(ExportedApi::reachable).orElse(true);
    }

    private static boolean visible(JavaMember member) {
        Set<JavaModifier> m = member.getModifiers();
        return m.contains(JavaModifier.PUBLIC) || m.contains(JavaModifier.PROTECTED) && !member.getOwner().getModifiers()
                .contains(JavaModifier.FINAL);
    }

    private static List<String> leaks(JavaClass type) {
        List<String> leaks = new ArrayList<>();
        type.getSuperclass().ifPresent(t -> check(type.getName() + ", its superclass,", t, leaks));
        type.getInterfaces().forEach(t -> check(type.getName() + ", an interface,", t, leaks));
        type.getTypeParameters().forEach(t -> check(type.getName() + ", a type parameter,", t, leaks));
        for (JavaField f : type.getFields()) {
            if (visible(f)) {
                check(f.getFullName() + ", its type,", f.getType(), leaks);
            }
        }
        for (JavaCodeUnit u : type.getCodeUnits()) {
            if (!visible(u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                continue;
            }
            check(u.getFullName() + ", its return type,", u.getReturnType(), leaks);
            u.getParameterTypes().forEach(t -> check(u.getFullName() + ", a parameter,", t, leaks));
            u.getTypeParameters().forEach(t -> check(u.getFullName() + ", a type parameter,", t, leaks));
            u.getThrowsClause().getTypes().forEach(t -> check(u.getFullName() + ", its throws clause,", t, leaks));
        }
        return leaks;
    }

    private static void check(String where, JavaType signature, List<String> leaks) {
        for (JavaClass raw : signature.getAllInvolvedRawTypes()) {
            JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
            if (base.getPackageName().startsWith(ROOT) && !EXPORTED.contains(base.getPackageName())) {
                leaks.add(where + " names " + base.getName() + ", whose package is not exported");
            }
        }
    }
}
