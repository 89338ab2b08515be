package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void partsCannotRunTogetherAndEveryCharacterCounts() {
        assertNotEquals(Hashes.of("ab", "c"), Hashes.of("a", "bc"));
        assertNotEquals(Hashes.of("abc"), Hashes.of("abc", ""));
        assertNotEquals(Hashes.of("ijsje"), Hashes.of("ijsjé"));
        assertEquals(Hashes.of("een", "twee"), Hashes.of("een", "twee"));
        assertEquals(32, Hashes.of("").length());
    }

    @Test
    void blocksAndTailsGiveTheSameHashHoweverThePartsAreCut() {
        String text = "De trukendoos: het anker, het rapport-blok, SPIN en Käser. ".repeat(7);
        Set<String> hashes = new HashSet<>();
        for (int length = 0; length <= text.length(); length++) {
            String prefix = text.substring(0, length);
            assertEquals(Hashes.of(prefix), Hashes.of(new String(prefix.toCharArray())), "deterministic");
            hashes.add(Hashes.of(prefix));
            hashes.add(Hashes.of("x", prefix));
        }
        assertEquals(2 * (text.length() + 1), hashes.size(), "every prefix, alone and after another part, hashes apart");
    }
}
