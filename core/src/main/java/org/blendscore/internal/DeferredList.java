package org.blendscore.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list whose elements are built on first use, from data that is already complete.
 *
 * <p>A review keeps every figure it computed in a compact form and builds its result records (sections,
 * measures, reasons) only when they are first read; this list is how those records reach the public
 * accessors. It behaves as an unmodifiable {@link List} ({@code equals}, {@code hashCode} and iteration
 * by element); every mutator throws {@link UnsupportedOperationException}. Building is idempotent, so
 * two threads that read a fresh list at once may both build it, and both see equal elements.
 *
 * <p>Not part of the API: this package is not exported.
 *
 * @param <E> the element type
 */
public abstract class DeferredList<E> extends AbstractList<E> implements RandomAccess {

    private volatile List<E> built;

    /** For subclasses. */
    protected DeferredList() {
    }

    /**
     * Builds the elements; called at most once per thread that finds the list not yet built.
     *
     * @return the elements, as an unmodifiable list
     */
    protected abstract List<E> build();

    /**
     * The elements, built on first use.
     *
     * @return the unmodifiable list of elements
     */
    public final List<E> elements() {
        List<E> b = built;
        if (b == null) {
            b = List.copyOf(build());
            built = b;
        }
        return b;
    }

    /**
     * The list to keep in an immutable record: a deferred list as it is, any other list copied.
     *
     * @param list the list given
     * @param <T> the element type
     * @return the list itself when it is a deferred list, else {@code List.copyOf(list)}
     */
    public static <T> List<T> keep(List<T> list) {
        return list instanceof DeferredList<T> ? list : List.copyOf(list);
    }

    @Override
    public final E get(int index) {
        return elements().get(index);
    }

    @Override
    public final int size() {
        return elements().size();
    }
}
