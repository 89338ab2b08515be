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
}
