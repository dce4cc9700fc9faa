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
package org.blendscore.hostile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;

/**
 * The bytes the calling thread allocates while it runs a piece of code, read from the JVM's
 * {@code com.sun.management.ThreadMXBean} (reflectively, as core's module reads neither
 * {@code java.management} nor {@code jdk.management}). A count of allocations, not a time: what was
 * quadratic allocated gigabytes at the sizes the tests use, and allocates megabytes once linear, so a
 * generous bound tells the two apart on any JVM and machine.
 */
final class AllocatedBytes {

    private AllocatedBytes() {
    }

    /**
     * Runs the code and returns the bytes the calling thread allocated meanwhile; skips the test when
     * the JVM does not count them.
     */
    static long of(Runnable code) {
        Method read;
        Object bean;
        try {
            bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
            assumeTrue(type.isInstance(bean), "the JVM does not count allocated bytes");
            boolean supported = (Boolean) type.getMethod("isThreadAllocatedMemorySupported").invoke(bean);
            assumeTrue(supported, "the JVM does not count allocated bytes");
            type.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(bean, true);
            read = type.getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException | LinkageError e) {
            assumeTrue(false, "the JVM does not count allocated bytes: " + e);
            return 0;
        }
        long before = read(read, bean);
        code.run();
        return read(read, bean) - before;
    }

    private static long read(Method read, Object bean) {
        try {
            return (Long) read.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reading the allocated bytes failed", e);
        }
    }
}
