package kist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrderingTest {
    @Test
    void sortsByTheKeyAndKeepsTheOrderOfEqualKeys() {
        List<String> words = List.of("kaas", "anker", "spin", "bel", "rapport", "käser");
        assertEquals(List.of("bel", "kaas", "spin", "anker", "käser", "rapport"),
                Ordering.byKey(words, String::length, Comparator.naturalOrder()));
        assertEquals(List.of("rapport", "anker", "käser", "kaas", "spin", "bel"),
                Ordering.byKey(words, String::length, Comparator.reverseOrder()));
        assertEquals(List.of(), Ordering.byKey(List.<String>of(), String::length, Comparator.naturalOrder()));
    }

    @Test
    void worksOutEachKeyOnce() {
        int[] calls = {0};
        Ordering.byKey(List.of(5, 3, 9, 1, 7, 2, 8), n -> {
            calls[0]++;
            return n;
        }, Comparator.naturalOrder());
        assertEquals(7, calls[0]);
    }

    @Test
    void keepsTheBestFewInOrderAsASortWouldPutThem() {
        java.util.Random random = new java.util.Random(7);
        List<Integer> numbers = random.ints(500, 0, 100).boxed().toList();
        Comparator<Integer> descending = Comparator.reverseOrder();
        for (int limit : new int[] {0, 1, 5, 12, 499, 500, 800}) {
            assertEquals(numbers.stream().sorted(descending).limit(limit).toList(), Ordering.best(numbers, limit, descending),
                    "limit " + limit);
        }
        assertEquals(List.of(), Ordering.best(List.<Integer>of(), 3, descending));
    }

    @Test
    void keepsTheEarlierOfItemsThatCompareEqual() {
        List<String> words = List.of("kaas", "anker", "spin", "bel", "rapport", "käser");
        assertEquals(List.of("rapport", "anker", "käser"), Ordering.best(words, 3, Comparator.comparingInt(String::length).reversed()));
        assertEquals(List.of("bel", "kaas"), Ordering.best(words, 2, Comparator.comparingInt(String::length)));
    }
}
