package kist.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlBytesTest {
    @Test
    void keepsTheTextAsUtf8AndComparesByContent() {
        HtmlBytes quoted = HtmlBytes.of("<p>Het ‘anker’ — Käser</p>\n");
        assertEquals("<p>Het ‘anker’ — Käser</p>\n", quoted.text());
        assertEquals("<p>Het ‘anker’ — Käser</p>\n", new String(quoted.utf8(), StandardCharsets.UTF_8));
        assertEquals(quoted, HtmlBytes.ofUtf8("<p>Het ‘anker’ — Käser</p>\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(quoted.hashCode(), HtmlBytes.of(quoted.text()).hashCode());
        assertNotEquals(quoted, HtmlBytes.of("<p>Het anker</p>\n"));
    }

    @Test
    void stripsWhiteSpaceAtBothEndsOfBothTextsBeforeComparing() {
        assertTrue(HtmlBytes.of("\n<p>Een.</p>\n").sameStripped("<p>Een.</p>"));
        assertTrue(HtmlBytes.of("").sameStripped(" \n\t"));
        assertTrue(HtmlBytes.of("  a b  ").sameStripped("a b\n"));
        assertTrue(HtmlBytes.of("<p>‘Eén’</p>\n").sameStripped("\n<p>‘Eén’</p>"));
        assertFalse(HtmlBytes.of("<p>Een.</p>\n<p>Twee.</p>").sameStripped("<p>Een.</p>"));
        assertFalse(HtmlBytes.of("a  b").sameStripped("a b"), "white space inside counts");
        assertFalse(HtmlBytes.of("ab").sameStripped("a"));
        // white space beyond ASCII is stripped as String.strip does
        assertTrue(HtmlBytes.of("\u2003<p>Een.</p>\u3000\n").sameStripped("<p>Een.</p>"));
        assertFalse(HtmlBytes.of("\u00A0<p>Een.</p>").sameStripped("<p>Een.</p>"), "a no-break space is no white space to strip");
    }

    @Test
    void isBlankAsAStringIs() {
        assertTrue(HtmlBytes.EMPTY.isBlank());
        assertTrue(HtmlBytes.of(" \n\t").isBlank());
        assertTrue(HtmlBytes.of("\u2003\n").isBlank());
        assertFalse(HtmlBytes.of("\n<p></p>").isBlank());
        assertFalse(HtmlBytes.of("\u00A0").isBlank());
    }

    @Test
    void itsHashIsTheHashOfItsBytesAndOneKeptWithThemIsTakenAsItIs() {
        byte[] bytes = "<p>Käser</p>".getBytes(StandardCharsets.UTF_8);
        long[] hash = new kist.cache.Hashes().add(bytes).longs();
        assertTrue(java.util.Arrays.equals(hash, HtmlBytes.ofUtf8(bytes).hash()));
        assertTrue(java.util.Arrays.equals(hash, HtmlBytes.of("<p>Käser</p>").hash()));
        kist.cache.Fingerprints fingerprints = new kist.cache.Fingerprints(java.util.Set.of());
        assertEquals(fingerprints.of(HtmlBytes.of("<p>Käser</p>")), fingerprints.of(HtmlBytes.ofUtf8(bytes.clone(), hash)),
                "kept with its bytes in the build cache, the hash gives the page the fingerprint the bytes give");
        long[] kept = {1, 2};
        assertTrue(java.util.Arrays.equals(kept, HtmlBytes.ofUtf8(bytes, kept).hash()), "taken as it is, not made again");
        assertNotEquals(fingerprints.of(HtmlBytes.of("<p>Kaser</p>")), fingerprints.of(HtmlBytes.of("<p>Käser</p>")));
    }
}
