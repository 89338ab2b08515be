package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kist.markdown.Heading;

class PageMemoTest {
    private static PageMemo.Entry entry(String key) {
        return new PageMemo.Entry(key, "environment", null, null, List.of(), List.of(), List.of());
    }

    /** Whether the memo still has the headings of {@code bodyHash}: it finds them again only when it does not. */
    private static boolean hasHeadings(PageMemo memo, String bodyHash) {
        AtomicInteger found = new AtomicInteger();
        memo.headings(bodyHash, () -> {
            found.incrementAndGet();
            return List.<Heading>of();
        });
        return found.get() == 0;
    }

    @Test
    void retainForgetsThePagesAndBodiesTheSiteNoLongerHas() {
        PageMemo memo = new PageMemo();
        memo.put("/a/", entry("a1"));
        memo.put("/b/", entry("b1"));
        hasHeadings(memo, "body a1");
        hasHeadings(memo, "body b1");
        memo.retain(Set.of("/a/", "/b/"), List.of("body a1", "body b1"));
        assertTrue(memo.get("/a/", "a1", "environment", entry -> false).isPresent());
        assertTrue(memo.get("/b/", "b1", "environment", entry -> false).isPresent());
        assertTrue(hasHeadings(memo, "body a1"));

        // b is deleted: nothing is added, the site has fewer pages
        memo.retain(Set.of("/a/"), List.of("body a1"));
        assertFalse(memo.get("/b/", "b1", "environment", entry -> false).isPresent());
        assertTrue(memo.get("/a/", "a1", "environment", entry -> false).isPresent());

        // a's body is edited: its new rendering and headings are added, as many pages as before
        memo.put("/a/", entry("a2"));
        assertFalse(hasHeadings(memo, "body a2"));
        memo.retain(Set.of("/a/"), List.of("body a2"));
        assertTrue(memo.get("/a/", "a2", "environment", entry -> false).isPresent());
        assertFalse(hasHeadings(memo, "body a1"), "the old body's headings are forgotten");

        // nothing changed: nothing is forgotten
        memo.retain(Set.of("/a/"), List.of("body a2"));
        assertTrue(memo.get("/a/", "a2", "environment", entry -> false).isPresent());
        assertTrue(hasHeadings(memo, "body a2"));
        assertEquals(true, memo.changed());
    }
}
