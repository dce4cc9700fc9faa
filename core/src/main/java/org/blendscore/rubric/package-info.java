/**
 * The rubric model: what is measured for one role and how it is weighed.
 *
 * <p>All types are immutable records or enums. A {@link org.blendscore.rubric.Rubric} checks its
 * whole tree when it is constructed and reports every problem at once, each with its path, in an
 * {@link org.blendscore.rubric.InvalidRubricException}.
 */
package org.blendscore.rubric;
