package kist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RedirectsEditorTest {
    private static final Map<String, String> WANTED = Map.of("/search/label/a%20b", "/tags/a-b/", "/feeds/posts/default", "/feed.xml");

    @Test
    void appendsABlockWhenThereIsNone() {
        RedirectsEditor.Edit edit = RedirectsEditor.merge("# mine\ntitle: Blog # the name\n", Map.of(), WANTED);
        assertEquals(Optional.of("""
                # mine
                title: Blog # the name

                # old Blogger addresses that belong to no page (added by kist import blogger)
                redirects:
                  "/feeds/posts/default": "/feed.xml"
                  "/search/label/a%20b": "/tags/a-b/"
                """), edit.text());
        assertEquals(2, edit.added());
    }

    @Test
    void addsOnlyMissingEntriesAfterTheLastOneKeepingComments() {
        String text = """
                title: Blog
                redirects:   # old addresses
                    # the old feed
                    "/feeds/posts/default": "/atom.xml"

                # the rest
                paginate: 5
                """;
        RedirectsEditor.Edit edit = RedirectsEditor.merge(text, Map.of("/feeds/posts/default", "/atom.xml"), WANTED);
        assertEquals(Optional.of("""
                title: Blog
                redirects:   # old addresses
                    # the old feed
                    "/feeds/posts/default": "/atom.xml"
                    "/search/label/a%20b": "/tags/a-b/"

                # the rest
                paginate: 5
                """), edit.text());
        assertEquals(1, edit.added());
    }

    @Test
    void nothingToAddLeavesTheFileAlone() {
        assertEquals(Optional.empty(), RedirectsEditor.merge("redirects:\n  x: y\n", WANTED, WANTED).text());
    }

    @Test
    void anEmptyFlowMapIsFilledAndAFullOneIsReported() {
        assertEquals(Optional.of("redirects:\n  \"/feeds/posts/default\": \"/feed.xml\"\n"),
                RedirectsEditor.merge("redirects: {}\n", Map.of(), Map.of("/feeds/posts/default", "/feed.xml")).text());
        RedirectsEditor.Edit flow = RedirectsEditor.merge("title: x\nredirects: {\"/a\": /b}\n", Map.of("/a", "/b"), WANTED);
        assertEquals(Optional.empty(), flow.text());
        assertEquals(2, flow.line());
        assertTrue(flow.problem().orElseThrow().contains("not written one per line"));
    }
}
