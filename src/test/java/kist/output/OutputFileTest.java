package kist.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A file in parts is the bytes of its parts one after the other, however they are cut. */
class OutputFileTest {

    private static OutputFile.Joined joined(String... parts) {
        return new OutputFile.Joined("search.json", Arrays.stream(parts).map(part -> part.getBytes(StandardCharsets.UTF_8)).toList(),
                "search index");
    }

    @Test
    void itsBytesAreItsPartsInOrder() throws IOException {
        OutputFile.Joined file = joined("{\"pages\":[", "", "\n", "{\"title\":\"Käser\"}", "\n]}\n");
        byte[] expected = "{\"pages\":[\n{\"title\":\"Käser\"}\n]}\n".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(expected, file.bytes());
        assertEquals(expected.length, file.size());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        file.writeTo(written);
        assertArrayEquals(expected, written.toByteArray());
    }

    @Test
    void sameBytesComparesContentNotCuts() {
        byte[] kept = "{\"title\":\"Het anker\"}".getBytes(StandardCharsets.UTF_8);
        OutputFile.Joined before = new OutputFile.Joined("search.json", List.of("[".getBytes(StandardCharsets.UTF_8), kept,
                "]".getBytes(StandardCharsets.UTF_8)), "search index");

        assertTrue(before.sameBytes(new OutputFile.Joined("search.json", List.of("[".getBytes(StandardCharsets.UTF_8), kept,
                "]".getBytes(StandardCharsets.UTF_8)), "search index")), "the same part, new separators");
        assertTrue(before.sameBytes(joined("[{\"title\":", "\"Het anker\"}", "", "]")), "cut elsewhere, same bytes");
        assertTrue(before.sameBytes(joined("[{\"title\":\"Het anker\"}]")), "in one part");
        assertFalse(before.sameBytes(joined("[{\"title\":\"Het ankeR\"}]")), "one byte differs at the end of a part");
        assertFalse(before.sameBytes(joined("[", "{\"title\":\"Het enker\"}", "]")), "one byte differs, same length, same cuts");
        assertFalse(before.sameBytes(joined("[", "{\"title\":\"Het anker\"}", "]", " ")), "one byte more");
        assertFalse(before.sameBytes(joined("[", "{\"title\":\"Het anker\"}")), "one byte less");
        assertTrue(joined().sameBytes(joined("", "")), "empty either way");
    }
}
