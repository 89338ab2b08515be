package kist.cache;

/**
 * A {@link Reuse} input that equals only itself: for an immutable value that a stage hands on
 * unchanged from build to build (kept by an earlier {@link Reuse#get}), where comparing by value
 * would cost a walk over it or would miss a change (a {@code Term} compares by its key alone).
 * The same object is the same value; another object counts as a change, even when equal.
 */
public record Same<T>(T value) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Same<?> same && same.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
