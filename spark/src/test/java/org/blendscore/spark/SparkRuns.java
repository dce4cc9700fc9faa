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
package org.blendscore.spark;

import org.junit.jupiter.api.Assumptions;

/** Whether Spark runs on this JVM; the tests of this module are skipped where it does not. */
final class SparkRuns {
    /** The newest Java feature release the Spark version of this build runs on. */
    static final int NEWEST_JAVA = 25;

    private SparkRuns() {
    }

    static void assumeSparkRuns() {
        int feature = Runtime.version().feature();
        Assumptions.assumeTrue(feature <= NEWEST_JAVA, () -> "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                + " does not run on Java " + feature + "; the blendscore-spark tests run on Java 17 to " + NEWEST_JAVA);
    }
}
