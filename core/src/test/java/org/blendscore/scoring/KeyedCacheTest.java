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

    private record Value(long key, String text) implements KeyedCache.Keyed {
    }

    @Test
    void keepsAValueForItsKeyAndNothingForOthers() {
        KeyedCache<Value> cache = new KeyedCache<>();
        assertNull(cache.get(7));
        cache.put(new Value(7, "seven"));
        assertEquals("seven", cache.get(7).text());
        assertNull(cache.get(8));
        assertNull(cache.get(7 + KeyedCache.SLOTS));
        // the first value kept for a key stays
        cache.put(new Value(7, "other"));
        assertEquals("seven", cache.get(7).text());
    }

    @Test
    void whenFullKeepsWhatFitsAndNeverAnswersWithAnotherKeysValue() {
        KeyedCache<Value> cache = new KeyedCache<>();
        int keys = 4 * KeyedCache.SLOTS;
        for (long k = 0; k < keys; k++) {
            cache.put(new Value(k * 977, "v" + k * 977));
        }
        int kept = 0;
        for (long k = 0; k < keys; k++) {
            Value v = cache.get(k * 977);
            if (v != null) {
                assertEquals("v" + k * 977, v.text());
                kept++;
            }
        }
        // most slots are filled before probe sequences run full; never more than there are slots
        assertTrue(kept > KeyedCache.SLOTS / 2 && kept <= KeyedCache.SLOTS, "kept " + kept);
    }

    @Test
    void threadsPuttingTheSameKeysAgreeOnOneValueEach() throws Exception {
        KeyedCache<Value> cache = new KeyedCache<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (long k = 0; k < 1000; k++) {
                        cache.put(new Value(k, "v" + k));
                        Value v = cache.get(k);
                        if (v != null && !v.text().equals("v" + k)) {
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
            Value v = cache.get(k);
            assertTrue(v == null || v.text().equals("v" + k));
        }
    }
}
