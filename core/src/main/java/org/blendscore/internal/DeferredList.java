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
package org.blendscore.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An unmodifiable list whose elements are built on first use, from data that is already complete.
 *
 * <p>A review keeps every figure it computed in a compact form and builds its result records (sections,
 * measures, reasons) only when they are first read; this list is how those records reach the public
 * accessors. Every method is that of the built list, {@code List.copyOf} of what the builder gave: so it
 * behaves exactly as an unmodifiable list ({@code equals}, {@code hashCode}, iteration; every mutator
 * throws {@link UnsupportedOperationException}, {@code contains(null)} throws
 * {@link NullPointerException}). Building is idempotent, so two threads that read a fresh list at once
 * may both build it, and both see equal elements; the built list is published through a volatile field.
 *
 * <p>Not part of the API: this package is not exported, and the class is final, so that a list that
 * {@link #keep} keeps as it is can only be one of these.
 *
 * @param <E> the element type
 */
public final class DeferredList<E> implements List<E>, RandomAccess {

    private final Supplier<? extends List<E>> builder;
    private volatile List<E> built;

    private DeferredList(Supplier<? extends List<E>> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * A list of the elements the builder gives, built when first used.
     *
     * @param builder gives the elements, the same ones whenever it is called; called at most once per
     *     thread that finds the list not yet built
     * @param <E> the element type
     * @return the deferred list
     */
    public static <E> List<E> of(Supplier<? extends List<E>> builder) {
        return new DeferredList<>(builder);
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

    /**
     * The elements, built on first use.
     *
     * @return the unmodifiable list of elements
     */
    private List<E> elements() {
        List<E> b = built;
        if (b == null) {
            b = List.copyOf(builder.get());
            built = b;
        }
        return b;
    }

    @Override
    public int size() {
        return elements().size();
    }

    @Override
    public boolean isEmpty() {
        return elements().isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return elements().contains(o);
    }

    @Override
    public Iterator<E> iterator() {
        return elements().iterator();
    }

    @Override
    public Object[] toArray() {
        return elements().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return elements().toArray(a);
    }

    @Override
    public boolean add(E e) {
        return elements().add(e);
    }

    @Override
    public boolean remove(Object o) {
        return elements().remove(o);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return elements().containsAll(c);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return elements().addAll(c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        return elements().addAll(index, c);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return elements().removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return elements().retainAll(c);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return elements().removeIf(filter);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        elements().replaceAll(operator);
    }

    @Override
    public void sort(Comparator<? super E> c) {
        elements().sort(c);
    }

    @Override
    public void clear() {
        elements().clear();
    }

    @Override
    public E get(int index) {
        return elements().get(index);
    }

    @Override
    public E set(int index, E element) {
        return elements().set(index, element);
    }

    @Override
    public void add(int index, E element) {
        elements().add(index, element);
    }

    @Override
    public E remove(int index) {
        return elements().remove(index);
    }

    @Override
    public int indexOf(Object o) {
        return elements().indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return elements().lastIndexOf(o);
    }

    @Override
    public ListIterator<E> listIterator() {
        return elements().listIterator();
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        return elements().listIterator(index);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        return elements().subList(fromIndex, toIndex);
    }

    @Override
    public Spliterator<E> spliterator() {
        return elements().spliterator();
    }

    @Override
    public Stream<E> stream() {
        return elements().stream();
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        elements().forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || elements().equals(o);
    }

    @Override
    public int hashCode() {
        return elements().hashCode();
    }

    @Override
    public String toString() {
        return elements().toString();
    }
}
