package kist.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteRendererTest {
    @Test
    void stripsWhiteSpaceAtBothEndsOfBothTextsBeforeComparing() {
        assertTrue(SiteRenderer.sameStripped("\n<p>Een.</p>\n", "<p>Een.</p>"));
        assertTrue(SiteRenderer.sameStripped("", " \n\t"));
        assertTrue(SiteRenderer.sameStripped("  a b  ", "a b\n"));
        assertFalse(SiteRenderer.sameStripped("<p>Een.</p>\n<p>Twee.</p>", "<p>Een.</p>"));
        assertFalse(SiteRenderer.sameStripped("a  b", "a b"), "white space inside counts");
        assertFalse(SiteRenderer.sameStripped("ab", "a"));
    }
}
