package kist.cache;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Values a long-lived builder (kist serve) made in its previous build, each in a named slot with
 * the input it was made from: asked again for a slot with an equal input, it gives back what it
 * made, so a stage does only the work its changed inputs need. The stages are pure functions and
 * the inputs are values (records, strings, lists), so a reused value is the one that would be
 * made anew. Slots not asked for in a build are forgotten at the next {@link #sweep()}.
 * {@link #never()} makes every value (a one-off build).
 */
public final class Reuse {
    /** What a slot holds, and the last build that asked for it (marked in place: a build asks for some 100 000). */
    private static final class Kept {
        private static final AtomicLongFieldUpdater<Kept> BUILD = AtomicLongFieldUpdater.newUpdater(Kept.class, "build");

        final Object input;
        final Object value;
        volatile long build;

        Kept(Object input, Object value, long build) {
            this.input = input;
            this.value = value;
            this.build = build;
        }

        /** Marks it asked for in {@code current}; true the first time only, whichever thread asks. */
        boolean markAsked(long current) {
            long before = build;
            return before != current && BUILD.compareAndSet(this, before, current);
        }
    }

    /**
     * The slots of one kind of value by whose they are (a page's URL): a key is a string (or path)
     * a build hands on from the previous one, whose hash is kept, and each kind's table is small
     * enough to stay near the processor while a stage walks the pages. {@code asked} counts the
     * slots the current build asked for, so that a sweep passes over a kind whose every slot was.
     */
    private static final class Kind {
        final ConcurrentMap<Object, Kept> slots = new ConcurrentHashMap<>();
        final LongAdder asked = new LongAdder();
    }

    private final ConcurrentMap<String, Kind> kinds = new ConcurrentHashMap<>();
    private final boolean keeps;
    private final AtomicLong build = new AtomicLong();

    private Reuse(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps what it makes for the next build. */
    public static Reuse across() {
        return new Reuse(true);
    }

    /** Makes every value and keeps nothing. */
    public static Reuse never() {
        return new Reuse(false);
    }

    /**
     * What {@code make} gives for {@code input}: made before in this slot from an equal input, or made now.
     * {@code input} must hold everything the value is made from and compare by value.
     */
    public <I, V> V get(String kind, I input, Function<? super I, ? extends V> make) {
        return get(kind, "", input, make);
    }

    /** As {@link #get(String, Object, Function)}, in the slot of {@code kind} for {@code key} (one per page, say). */
    @SuppressWarnings("unchecked")
    public <I, V> V get(String kind, Object key, I input, Function<? super I, ? extends V> make) {
        if (!keeps) {
            return make.apply(input);
        }
        long current = build.get();
        Kind ofKind = kinds.computeIfAbsent(kind, unused -> new Kind());
        Kept kept = ofKind.slots.get(key);
        if (kept != null && Objects.equals(kept.input, input)) {
            if (kept.markAsked(current)) {
                ofKind.asked.increment();
            }
            return (V) kept.value;
        }
        V value = make.apply(input);
        Kept replaced = ofKind.slots.put(key, new Kept(input, value, current));
        if (replaced == null || replaced.build != current) {
            ofKind.asked.increment();
        }
        return value;
    }

    /**
     * {@link #get(String, Object, Object, Function)} for every item of a list (in parallel), kept
     * as one slot: the previous call's keys, inputs and values are kept in the list's order, so
     * that an item at the place it had (most items, from save to save) is found there instead of
     * looked up among thousands, and an item that moved by its key. A value is the previous one
     * when the item's key had an equal input in the previous call of this kind; so one call per
     * kind and build (two lists of one kind would take each other's place). Keys are not null and
     * unique within a list.
     */
    @SuppressWarnings("unchecked")
    public <T, I, V> List<V> each(String kind, List<T> items, Function<? super T, ?> key,
                                  Function<? super T, ? extends I> input, BiFunction<? super T, ? super I, ? extends V> make) {
        if (!keeps) {
            return items.parallelStream().<V>map(item -> make.apply(item, input.apply(item))).toList();
        }
        Kind ofKind = kinds.computeIfAbsent(kind, unused -> new Kind());
        Kept kept = ofKind.slots.get(Row.class);
        Row previous = kept == null ? Row.EMPTY : (Row) kept.value;
        int size = items.size();
        Object[] keys = new Object[size];
        Object[] inputs = new Object[size];
        Object[] values = new Object[size];
        IntStream.range(0, size).parallel().forEach(i -> {
            T item = items.get(i);
            Object itemKey = key.apply(item);
            I itemInput = input.apply(item);
            int at = previous.placeOf(itemKey, i);
            keys[i] = itemKey;
            inputs[i] = itemInput;
            values[i] = at >= 0 && Objects.equals(previous.inputs[at], itemInput) ? previous.values[at] : make.apply(item, itemInput);
        });
        get(kind, Row.class, new Row(keys, inputs, values), row -> row);
        return (List<V>) Collections.unmodifiableList(Arrays.asList(values));
    }

    /** A list's keys, inputs and values in its order (see {@link #each}); compares by identity. */
    private static final class Row {
        static final Row EMPTY = new Row(new Object[0], new Object[0], new Object[0]);

        final Object[] keys;
        final Object[] inputs;
        final Object[] values;
        private volatile Map<Object, Integer> places;

        Row(Object[] keys, Object[] inputs, Object[] values) {
            this.keys = keys;
            this.inputs = inputs;
            this.values = values;
        }

        /** Where {@code key} was: at {@code hint}, its place in the new list, or looked up; -1 if nowhere. */
        int placeOf(Object key, int hint) {
            if (hint < keys.length && keys[hint].equals(key)) {
                return hint;
            }
            Map<Object, Integer> byKey = places;
            if (byKey == null) {
                synchronized (this) {
                    if (places == null) {
                        Map<Object, Integer> made = new HashMap<>(keys.length * 2);
                        for (int i = 0; i < keys.length; i++) {
                            made.putIfAbsent(keys[i], i);
                        }
                        places = made;
                    }
                    byKey = places;
                }
            }
            return byKey.getOrDefault(key, -1);
        }
    }

    /** Makes a slot's new value from its previous input and value, and the new input. */
    @FunctionalInterface
    public interface Change<I, V> {
        V apply(I before, V made, I now);
    }

    /**
     * As {@link #get(String, Object, Function)}; when the slot holds a value made from another
     * input, {@code change} makes the new value from that one (an update that redoes only what
     * the change touched, where {@code make} would redo everything).
     */
    @SuppressWarnings("unchecked")
    public <I, V> V get(String kind, I input, Function<? super I, ? extends V> make, Change<I, V> change) {
        if (!keeps) {
            return make.apply(input);
        }
        Kept kept = kinds.computeIfAbsent(kind, unused -> new Kind()).slots.get("");
        return get(kind, input, kept == null ? make : now -> change.apply((I) kept.input, (V) kept.value, now));
    }

    /**
     * {@code value}, or the equal one this slot held in the previous build: values that stay the
     * same stay one object from build to build, so that comparing what is made of them (a page's
     * view model with the one before) finds them the same at once instead of field by field.
     */
    public <V> V canonical(String kind, V value) {
        return get(kind, value, same -> same);
    }

    /** As {@link #canonical(String, Object)}, in the slot of {@code kind} for {@code key}. */
    public <V> V canonical(String kind, Object key, V value) {
        return get(kind, key, value, same -> same);
    }

    /** Ends a build: forgets the slots it did not ask for (pages and files the site no longer has). */
    public void sweep() {
        long ended = build.getAndIncrement();
        kinds.values().parallelStream().forEach(ofKind -> {
            // a kind whose every slot was asked for (most, in a save that adds or removes nothing) has none to forget
            if (ofKind.asked.sumThenReset() < ofKind.slots.size()) {
                ofKind.slots.values().removeIf(kept -> kept.build < ended);
            }
        });
        kinds.values().removeIf(ofKind -> ofKind.slots.isEmpty());
    }
}
