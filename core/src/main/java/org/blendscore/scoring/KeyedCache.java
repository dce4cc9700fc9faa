package org.blendscore.scoring;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded cache of immutable values by a non-negative long key, for values that are pure functions
 * of their key: an open-addressed table of {@value #SLOTS} slots, looked up in a few probes and without
 * allocation. A value is kept in the first empty slot of its probe sequence; when that sequence is full
 * it is not kept, and the caller computes it each time. Entries are never replaced or removed.
 *
 * <p>Thread-safe: an entry is immutable and published through an atomic array. Racing threads may
 * compute the same value twice, which is harmless, and only one copy is kept.
 *
 * @param <T> the immutable value
 */
final class KeyedCache<T> {

    /** Slots in the table: a power of two. */
    static final int SLOTS = 4096;
    /** Slots tried for a key before giving up. */
    private static final int PROBES = 8;

    private record Entry<T>(long key, T value) {
    }

    private final AtomicReferenceArray<Entry<T>> table = new AtomicReferenceArray<>(SLOTS);

    /**
     * The value kept for a key.
     *
     * @param key the key, not negative
     * @return the value, or null when none is kept
     */
    T get(long key) {
        int h = home(key);
        for (int p = 0; p < PROBES; p++) {
            Entry<T> e = table.get((h + p) & (SLOTS - 1));
            if (e == null) {
                return null;
            }
            if (e.key() == key) {
                return e.value();
            }
        }
        return null;
    }

    /**
     * Keeps a value for a key, unless the key's probe sequence is full or another thread kept one first.
     *
     * @param key the key, not negative
     * @param value the value, a pure function of the key
     */
    void put(long key, T value) {
        int h = home(key);
        Entry<T> entry = new Entry<>(key, value);
        for (int p = 0; p < PROBES; p++) {
            int i = (h + p) & (SLOTS - 1);
            Entry<T> e = table.get(i);
            if (e == null && table.compareAndSet(i, null, entry)) {
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
