package org.blendscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bounded cache behind the rating measures' results by tally: a kept value is always the key's own. */
class KeyedCacheTest {

    @Test
    void keepsAValueForItsKeyAndNothingForOthers() {
        KeyedCache<String> cache = new KeyedCache<>();
        assertNull(cache.get(7));
        cache.put(7, "seven");
        assertEquals("seven", cache.get(7));
        assertNull(cache.get(8));
        assertNull(cache.get(7 + KeyedCache.SLOTS));
        // the first value kept for a key stays
        cache.put(7, "other");
        assertEquals("seven", cache.get(7));
    }

    @Test
    void whenFullKeepsWhatFitsAndNeverAnswersWithAnotherKeysValue() {
        KeyedCache<Long> cache = new KeyedCache<>();
        int keys = 4 * KeyedCache.SLOTS;
        for (long k = 0; k < keys; k++) {
            cache.put(k * 977, k * 977);
        }
        int kept = 0;
        for (long k = 0; k < keys; k++) {
            Long v = cache.get(k * 977);
            if (v != null) {
                assertEquals(k * 977, v);
                kept++;
            }
        }
        // most slots are filled before probe sequences run full; never more than there are slots
        assertTrue(kept > KeyedCache.SLOTS / 2 && kept <= KeyedCache.SLOTS, "kept " + kept);
    }

    @Test
    void threadsPuttingTheSameKeysAgreeOnOneValueEach() throws Exception {
        KeyedCache<String> cache = new KeyedCache<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (long k = 0; k < 1000; k++) {
                        cache.put(k, "v" + k);
                        String v = cache.get(k);
                        if (v != null && !v.equals("v" + k)) {
                            throw new AssertionError("key " + k + " gave " + v);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (long k = 0; k < 1000; k++) {
            String v = cache.get(k);
            assertTrue(v == null || v.equals("v" + k));
        }
    }
}
