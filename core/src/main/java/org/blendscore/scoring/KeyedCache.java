package org.blendscore.scoring;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded cache of immutable values by a non-negative long key, for values that are pure functions
 * of their key: an open-addressed table of {@value #SLOTS} slots, looked up in a few probes and without
 * allocation. A value is kept in the first empty slot of its probe sequence; when that sequence is full
 * it is not kept, and the caller computes it each time. Entries are never replaced or removed.
 *
 * <p>Thread-safe: a value is immutable (final fields, and what it reaches through them made before it),
 * so a plain read of its slot sees it whole; it is kept by an atomic compare-and-set. Racing threads may
 * compute the same value twice, which is harmless, and only one copy is kept.
 *
 * @param <T> the immutable value, which carries its own key (one object to read per lookup)
 */
final class KeyedCache<T extends KeyedCache.Keyed> {

    /** A value that carries the key it is kept under. */
    interface Keyed {

        /**
         * The key.
         *
         * @return the key this value is kept under, not negative
         */
        long key();
    }

    /** Slots in the table: a power of two. */
    static final int SLOTS = 4096;
    /** Slots tried for a key before giving up. */
    private static final int PROBES = 8;

    private final AtomicReferenceArray<T> table = new AtomicReferenceArray<>(SLOTS);

    /**
     * The value kept for a key.
     *
     * @param key the key, not negative
     * @return the value, or null when none is kept
     */
    T get(long key) {
        int h = home(key);
        for (int p = 0; p < PROBES; p++) {
            T e = table.getPlain((h + p) & (SLOTS - 1));
            if (e == null) {
                return null;
            }
            if (e.key() == key) {
                return e;
            }
        }
        return null;
    }

    /**
     * Keeps a value under its key, unless the key's probe sequence is full or another thread kept one first.
     *
     * @param value the value, a pure function of its key
     */
    void put(T value) {
        long key = value.key();
        int h = home(key);
        for (int p = 0; p < PROBES; p++) {
            int i = (h + p) & (SLOTS - 1);
            T e = table.get(i);
            if (e == null && table.compareAndSet(i, null, value)) {
                return;
            }
            if (table.get(i).key() == key) {
                return;
            }
        }
    }

    /** The key's first slot: its bits mixed (Stafford's variant 13 finaliser), so that near keys spread. */
    private static int home(long key) {
        long z = (key ^ (key >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31)) & (SLOTS - 1);
    }
}
