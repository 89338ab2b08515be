package kist.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Sorting by a key worked out once per item, not twice per comparison; the best few of many without sorting them all. */
public final class Ordering {
    private Ordering() {
    }

    /**
     * {@code items} sorted by {@code key} (stable): for keys reached through a chain of objects
     * (a page's document's source's path) or worked out (a date's instant), where a comparator
     * that extracts them would do so about 2 log n times per item.
     */
    public static <T, K> List<T> byKey(List<T> items, Function<? super T, ? extends K> key, Comparator<? super K> order) {
        List<Keyed<T, K>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(new Keyed<>(key.apply(item), item));
        }
        keyed.sort((a, b) -> order.compare(a.key(), b.key()));
        List<T> sorted = new ArrayList<>(keyed.size());
        for (Keyed<T, K> entry : keyed) {
            sorted.add(entry.item());
        }
        return sorted;
    }

    /**
     * The positions of {@code items} in the order {@link #byKey} sorts them: an order to keep
     * (kist serve keeps it while the items are the same) and apply to lists made alongside.
     */
    public static <T, K> int[] positions(List<T> items, Function<? super T, ? extends K> key, Comparator<? super K> order) {
        List<Integer> positions = java.util.stream.IntStream.range(0, items.size()).boxed().toList();
        return byKey(positions, at -> key.apply(items.get(at)), order).stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code items} in the order {@code positions} gives (as {@link #positions} made it, perhaps in a previous build). */
    public static <T> List<T> arranged(List<T> items, int[] positions) {
        List<T> arranged = new ArrayList<>(positions.length);
        for (int at : positions) {
            arranged.add(items.get(at));
        }
        return arranged;
    }

    /**
     * The first {@code limit} of {@code items} in {@code order}, best first, kept in place as they
     * come instead of sorting them all: for a post's few keywords of hundreds of words, or its few
     * related posts of hundreds of candidates. Of items that compare equal, the earlier is kept.
     */
    public static <T> List<T> best(Iterable<? extends T> items, int limit, Comparator<? super T> order) {
        List<T> best = new ArrayList<>(limit + 1);
        for (T item : items) {
            if (best.size() == limit && (limit == 0 || order.compare(item, best.get(limit - 1)) >= 0)) {
                continue;
            }
            int at = best.size();
            while (at > 0 && order.compare(item, best.get(at - 1)) < 0) {
                at--;
            }
            best.add(at, item);
            if (best.size() > limit) {
                best.remove(limit);
            }
        }
        return best;
    }

    private record Keyed<T, K>(K key, T item) {
    }
}
