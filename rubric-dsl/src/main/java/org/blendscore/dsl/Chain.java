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
package org.blendscore.dsl;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable list that the DSL's steps grow one item at a time, in amortised constant time: what
 * lets a rubric of tens of thousands of breakpoints, bands or guards be described step by step in
 * linear time, where copying the list at every step took quadratic time and memory.
 *
 * <p>Chains share one store of items: a chain is the store's first {@code size} items, which never
 * change once written. Appending to the chain that ends where the store does writes the item into
 * the store (growing it by doubling); appending to an older chain, a step kept and reused as a
 * template, first copies its own items into a store of its own (copy on branch). So every chain stays
 * what it was, as the steps promise, and can be shared between threads: the store is written and read
 * under its lock.
 *
 * @param <T> the items
 */
final class Chain<T> {

    private static final Chain<Object> EMPTY = new Chain<>(new Store(0), 0);

    /** The items, of which the first {@code used} are written and belong to the chains of the store. */
    private static final class Store {
        private Object[] items;
        private int used;

        Store(int capacity) {
            items = new Object[capacity];
        }
    }

    private final Store store;
    private final int size;

    private Chain(Store store, int size) {
        this.store = store;
        this.size = size;
    }

    /**
     * The empty chain.
     *
     * @param <T> the items
     * @return it
     */
    @SuppressWarnings("unchecked")
    static <T> Chain<T> empty() {
        return (Chain<T>) EMPTY;
    }

    /**
     * A chain of the items of a list, in its order.
     *
     * @param items the items
     * @param <T> the items
     * @return a new chain
     */
    static <T> Chain<T> of(List<? extends T> items) {
        Store s = new Store(Math.max(8, items.size()));
        Object[] array = items.toArray();
        System.arraycopy(array, 0, s.items, 0, array.length);
        s.used = array.length;
        return new Chain<>(s, array.length);
    }

    /**
     * This chain with one more item at its end; this chain is left as it was.
     *
     * @param item the item
     * @return a new chain
     */
    Chain<T> append(T item) {
        synchronized (store) {
            if (store.used == size) {
                if (size == store.items.length) {
                    store.items = Arrays.copyOf(store.items, Math.max(8, size * 2));
                }
                store.items[size] = item;
                store.used = size + 1;
                return new Chain<>(store, size + 1);
            }
        }
        // a later item was already appended to this chain's store: branch off with a copy of our own
        Store own = new Store(Math.max(8, size * 2));
        synchronized (store) {
            System.arraycopy(store.items, 0, own.items, 0, size);
        }
        own.items[size] = item;
        own.used = size + 1;
        return new Chain<>(own, size + 1);
    }

    /**
     * How many items the chain holds.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    /**
     * Whether the chain holds no item.
     *
     * @return true if empty
     */
    boolean isEmpty() {
        return size == 0;
    }

    /**
     * The items, as an unmodifiable list of their own.
     *
     * @return the items, in order
     */
    @SuppressWarnings("unchecked")
    List<T> toList() {
        Object[] copy;
        synchronized (store) {
            copy = Arrays.copyOf(store.items, size);
        }
        return (List<T>) List.of(copy);
    }
}
