/**
 * Blendscore's test kit: seeded generators of valid evidence for a rubric, biased towards the edges
 * where scoring goes wrong, and metamorphic checks of a scoring function's properties with shrunk counterexamples, for any
 * test framework. Start at {@link org.blendscore.testkit.PropertyCheck#of(org.blendscore.rubric.Rubric)}.
 */
package org.blendscore.testkit;
