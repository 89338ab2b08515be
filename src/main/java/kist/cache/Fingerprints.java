package kist.cache;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints of values as a template sees them: records (component by component), lists, sets
 * and maps in their order (but {@code Set.of}, {@code Map.of} and hash tables in none: theirs
 * changes from run to run, so no deterministic output depends on it), optionals, strings, numbers, booleans,
 * enums, dates, time zones and {@link Fingerprinted} values. Two values have the same fingerprint when they
 * hold the same data in the same order, whatever their identity; a value that holds anything else
 * (a function, a StringBuilder) has none, and whoever asked must make what it stands for.
 *
 * <p>A record of a class the caller says is shared (a view model shares the site and the summaries
 * of posts with thousands of others) is fingerprinted once per instance, however often it is
 * reached; the rest are hashed as they are met, and let go (a table of every record would keep
 * every page's view model alive until the last is hashed). Safe for use by many threads; one
 * instance serves one build.
 */
public final class Fingerprints {
    /** A value whose data a fingerprint cannot see through its record components, such as bytes kept in a class. */
    public interface Fingerprinted {
        void addTo(Hashes hashes);
    }

    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    java.lang.reflect.Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException | RuntimeException e) {
                    return null;
                }
            }
            return accessors;
        }
    };

    /** Thrown inside when a value has no fingerprint; never leaves this class. */
    private static final class NoFingerprint extends RuntimeException {
        NoFingerprint() {
            super(null, null, false, false);
        }
    }

    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private final Set<Class<? extends Record>> shared;
    /** The shared records hashed so far, by identity. */
    private final Map<Identity, long[]> records = new ConcurrentHashMap<>(1 << 14);

    /** @param shared the record classes whose instances many values hold, each hashed once */
    public Fingerprints(Set<Class<? extends Record>> shared) {
        this.shared = Set.copyOf(shared);
    }

    /** The fingerprint of {@code values} together, as 32 hexadecimal digits; empty when one of them has none. */
    public Optional<String> of(Object... values) {
        Hashes hashes = new Hashes();
        try {
            for (Object value : values) {
                add(hashes, value);
            }
        } catch (NoFingerprint e) {
            return Optional.empty();
        }
        return Optional.of(hashes.hex());
    }

    private void add(Hashes hashes, Object value) {
        if (value == null) {
            hashes.add('n');
        } else if (value instanceof String text) {
            hashes.add('s').add(text);
        } else if (value instanceof Fingerprinted fingerprinted) {
            hashes.add('f').add(value.getClass().getName());
            fingerprinted.addTo(hashes);
        } else if (value instanceof Record record) {
            long[] hash;
            if (shared.contains(record.getClass())) {
                hash = records.get(new Identity(record));
                if (hash == null) {
                    hash = ofRecord(record);
                    records.put(new Identity(record), hash);
                }
            } else {
                hash = ofRecord(record);
            }
            hashes.add('r').add(hash[0]).add(hash[1]);
        } else if (value instanceof Optional<?> optional) {
            hashes.add('o');
            add(hashes, optional.orElse(null));
        } else if (value instanceof Collection<?> items && (value instanceof List<?> || value instanceof Set<?>)) {
            if (hasNoOrder(value)) {
                hashes.add('u');
                addUnordered(hashes, items.stream().map(item -> fingerprint(item)).toList());
            } else {
                hashes.add('l').add(items.size());
                for (Object item : items) {
                    add(hashes, item);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            if (hasNoOrder(value)) {
                hashes.add('h');
                addUnordered(hashes, map.entrySet().stream().map(entry -> fingerprint(entry.getKey(), entry.getValue())).toList());
            } else {
                hashes.add('m').add(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    add(hashes, entry.getKey());
                    add(hashes, entry.getValue());
                }
            }
        } else if (value instanceof byte[] bytes) {
            hashes.add('b').add(bytes);
        } else if (value instanceof Enum<?> constant) {
            hashes.add('e').add(constant.getDeclaringClass().getName()).add(constant.name());
        } else if (value instanceof Boolean || value instanceof Number && isPlainNumber(value) || value instanceof Character
                || (value instanceof TemporalAccessor || value instanceof java.time.ZoneId) && value.getClass().getName().startsWith("java.time.")
                || value instanceof URI) {
            // their text says all they hold; the class keeps 1 apart from 1L, and a date from its text
            hashes.add('v').add(value.getClass().getName()).add(value.toString());
        } else {
            throw new NoFingerprint();
        }
    }

    /** The fingerprint of {@code parts} together, as two numbers. */
    private long[] fingerprint(Object... parts) {
        Hashes hashes = new Hashes();
        for (Object part : parts) {
            add(hashes, part);
        }
        return hashes.longs();
    }

    /**
     * Whether {@code collection} is one of the JDK's sets and maps whose order is not theirs to
     * keep: {@code Set.of} and {@code Map.of} change it from run to run, hash tables by history.
     * Any other (lists, sorted and linked ones, wrappers of unknown ones) counts in its order.
     */
    private static boolean hasNoOrder(Object collection) {
        return collection instanceof HashMap<?, ?> && !(collection instanceof LinkedHashMap<?, ?>)
                || collection instanceof HashSet<?> && !(collection instanceof LinkedHashSet<?>)
                || collection instanceof ConcurrentHashMap<?, ?>
                || collection.getClass().getName().startsWith("java.util.ImmutableCollections$Set")
                || collection.getClass().getName().startsWith("java.util.ImmutableCollections$Map");
    }

    private static void addUnordered(Hashes hashes, List<long[]> fingerprints) {
        hashes.add(fingerprints.size());
        fingerprints.stream().sorted(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]))
                .forEach(f -> hashes.add(f[0]).add(f[1]));
    }

    private static boolean isPlainNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigInteger || value instanceof BigDecimal;
    }

    private long[] ofRecord(Record record) {
        MethodHandle[] accessors = COMPONENTS.get(record.getClass());
        if (accessors == null) {
            throw new NoFingerprint();
        }
        Hashes hashes = new Hashes().add(record.getClass().getName());
        for (MethodHandle accessor : accessors) {
            Object component;
            try {
                component = (Object) accessor.invokeExact((Object) record);
            } catch (Throwable e) {
                throw new NoFingerprint();
            }
            add(hashes, component);
        }
        return hashes.longs();
    }
}
