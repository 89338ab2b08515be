package kist.cache;

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

    @Test
    void bytesAreHashedAsCharactersOfTwoBytesWhereverTheyStart() {
        java.util.Random random = new java.util.Random(7);
        for (int prefix = 0; prefix < 10; prefix++) {
            for (int length = 0; length < 48; length++) {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                StringBuilder chars = new StringBuilder().append((char) (length >>> 16)).append((char) length);
                for (int i = 0; i + 1 < length; i += 2) {
                    chars.append((char) (bytes[i] & 0xff | (bytes[i + 1] & 0xff) << 8));
                }
                if (length % 2 == 1) {
                    chars.append((char) (bytes[length - 1] & 0xff));
                }
                String before = "x".repeat(prefix);
                assertEquals(new Hashes().addCharacters(before).addCharacters(chars.toString()).hex(),
                        new Hashes().addCharacters(before).add(bytes).hex(), "prefix " + prefix + ", length " + length);
            }
        }
    }

    @Test
    void aNumberIsFourCharacters() {
        long value = 0x0123_4567_89ab_cdefL;
        assertEquals(new Hashes().addCharacters("\ucdef\u89ab\u4567\u0123").hex(), new Hashes().add(value).hex());
    }
}
