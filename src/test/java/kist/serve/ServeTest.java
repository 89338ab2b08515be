package kist.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** {@code kist serve} end to end: a small site served in-process on a free port, fetched over HTTP. */
class ServeTest {
    static final String SITE = """
            -- kist.yaml --
            title: Blog
            language: en
            baseUrl: https://example.org/blog/
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            ---
            Hello from the first post.
            -- content/pages/about.md --
            ---
            title: About
            ---
            About this blog.
            """;
    static final String FIRST = "content/posts/first.md";
    static final String FIRST_URL = "/2020/01/first/";

    @TempDir
    Path dir;

    static String post(String body) {
        return "---\ntitle: First\ndate: 2020-01-01\n---\n" + body + "\n";
    }

    @Test
    void servesTheSiteFromMemoryWithTheServerAsBaseUrl() {
        try (Serving serving = Serving.start(dir.resolve("site"), SITE)) {
            RawHttp.Response home = serving.get("/");
            assertEquals(200, home.status(), home.body());
            assertEquals(Optional.of("text/html; charset=utf-8"), home.header("Content-Type"));
            assertEquals(Optional.of("no-cache"), home.header("Cache-Control"));
            assertEquals(Optional.empty(), home.header("Access-Control-Allow-Origin"));
            Document page = Jsoup.parse(home.body());
            assertEquals(serving.origin() + "/", page.selectFirst("link[rel=canonical]").attr("href"),
                    "canonical links point at the dev server, not at kist.yaml's baseUrl");
            assertTrue(page.select("a[href=" + FIRST_URL + "]").size() > 0, "the home page links the post at the root");

            RawHttp.Response post = serving.get(FIRST_URL);
            assertEquals(200, post.status());
            assertTrue(post.body().contains("Hello from the first post."));
            assertEquals(serving.origin() + "/", serving.server.address().toString().replaceAll("/$", "") + "/");

            RawHttp.Response feed = serving.get("/feed.xml");
            assertEquals(Optional.of("application/atom+xml; charset=utf-8"), feed.header("Content-Type"));
            assertTrue(feed.body().contains(serving.origin() + FIRST_URL), feed.body());
            assertFalse(feed.body().contains("example.org"), "the feed points at the dev server");

            assertFalse(Files.exists(serving.site.root().resolve("site")), "serve writes no site/ folder");
        }
    }

    @Test
    void theLiveReloadScriptIsInServedPagesOnlyNeverInBuildOutput() {
        try (Serving serving = Serving.start(dir.resolve("served"), SITE)) {
            Document served = Jsoup.parse(serving.get(FIRST_URL).body());
            Element script = served.selectFirst("script[src=" + PageDecoration.SCRIPT_PATH + "]");
            assertTrue(script != null, "served pages carry the reload script");
            assertEquals(serving.server.site().version(), script.attr("data-version"));
            assertEquals("body", script.parent().tagName(), "the script sits at the end of the body");
            assertEquals(Optional.of("text/javascript; charset=utf-8"),
                    serving.get(PageDecoration.SCRIPT_PATH).header("Content-Type"));
            assertFalse(serving.get("/assets/kist.css").body().contains("_kist"), "only HTML is decorated");
        }
        TestSite.Run built = TestSite.write(dir.resolve("built"), SITE).build();
        assertEquals(0, built.exitCode(), built.err());
        assertFalse(built.text("index.html").contains("_kist"));
        assertFalse(built.text("2020/01/first/index.html").contains("_kist"));
    }

    @Test
    void anEditedPostIsServedAfterTheRebuild() throws java.io.IOException {
        try (Serving serving = Serving.start(dir, SITE)) {
            serving.write(FIRST, post("Edited while the server runs."));

            serving.awaitText(FIRST_URL, "Edited while the server runs.");
            assertFalse(serving.get(FIRST_URL).body().contains("Hello from the first post."));
            assertTrue(serving.renderedPages.get(0) > 1, "the first build renders every page: " + serving.renderedPages);
            assertEquals(1, serving.renderedPages.subList(1, serving.renderedPages.size()).stream().mapToInt(Integer::intValue).sum(),
                    "the rebuilds rendered only the edited page again: " + serving.renderedPages);

            serving.write("content/posts/second.md", "---\ntitle: Second\ndate: 2020-02-01\n---\nA new post.\n");
            serving.awaitText("/2020/02/second/", "A new post.");
            serving.awaitText("/", "Second");

            // a changed kist.yaml (not a post) has the server look at every file again
            serving.write("kist.yaml", "title: Blog of Ger\nlanguage: en\nbaseUrl: https://example.org/blog/\n");
            serving.awaitText(FIRST_URL, "Blog of Ger");
            assertTrue(serving.get("/2020/02/second/").body().contains("A new post."), "the posts are all still there");

            Files.delete(dir.resolve("content/posts/second.md"));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (serving.get("/2020/02/second/").status() != 404 && System.nanoTime() < deadline) {
                Serving.sleep(50);
            }
            assertEquals(404, serving.get("/2020/02/second/").status(), "a deleted post is gone");
        }
    }

    @Test
    void filesGetTheirContentTypes() {
        try (Serving serving = Serving.start(dir, SITE + """
                -- content/files/a.png --
                png
                -- content/files/a.jpg --
                jpg
                -- content/files/a.gif --
                gif
                -- content/files/a.webp --
                webp
                -- content/files/a.ico --
                ico
                -- content/files/a.woff2 --
                font
                -- content/files/a.txt --
                text
                -- content/files/a.js --
                let a;
                """)) {
            Map<String, String> expected = Map.ofEntries(
                    Map.entry(FIRST_URL, "text/html; charset=utf-8"),
                    Map.entry("/assets/kist.css", "text/css; charset=utf-8"),
                    Map.entry("/assets/search.js", "text/javascript; charset=utf-8"),
                    Map.entry("/assets/favicon.svg", "image/svg+xml"),
                    Map.entry("/search.json", "application/json"),
                    Map.entry("/sitemap.xml", "application/xml; charset=utf-8"),
                    Map.entry("/feed.xml", "application/atom+xml; charset=utf-8"),
                    Map.entry("/robots.txt", "text/plain; charset=utf-8"),
                    Map.entry("/files/a.png", "image/png"),
                    Map.entry("/files/a.jpg", "image/jpeg"),
                    Map.entry("/files/a.gif", "image/gif"),
                    Map.entry("/files/a.webp", "image/webp"),
                    Map.entry("/files/a.ico", "image/x-icon"),
                    Map.entry("/files/a.woff2", "font/woff2"),
                    Map.entry("/files/a.txt", "text/plain; charset=utf-8"),
                    Map.entry("/files/a.js", "text/javascript; charset=utf-8"));
            expected.forEach((path, type) -> {
                RawHttp.Response response = serving.get(path);
                assertEquals(200, response.status(), path);
                assertEquals(Optional.of(type), response.header("Content-Type"), path);
                assertEquals(Optional.of("nosniff"), response.header("X-Content-Type-Options"), path);
            });
            assertEquals("let a;\n", serving.get("/files/a.js").body(), "copied files are served from their source");
            // the search index is kept in parts (an entry a part) and sent as one file
            RawHttp.Response index = serving.get("/search.json");
            assertTrue(index.body().startsWith("{\"version\":1,\"pages\":[\n{\"title\":") && index.body().endsWith("}\n]}\n"),
                    index.body());
            assertEquals(Optional.of(Integer.toString(index.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)),
                    index.header("Content-Length"));
        }
    }

    @Test
    void etagsAnswerIfNoneMatchWith304UntilTheFileChanges() {
        try (Serving serving = Serving.start(dir, SITE)) {
            RawHttp.Response css = serving.get("/assets/kist.css");
            String tag = css.header("ETag").orElseThrow();
            assertEquals(304, serving.get("/assets/kist.css", "If-None-Match: " + tag).status());
            assertEquals(304, serving.get("/assets/kist.css", "If-None-Match: \"other\", W/" + tag).status());
            assertEquals(200, serving.get("/assets/kist.css", "If-None-Match: \"other\"").status());

            String pageTag = serving.get(FIRST_URL).header("ETag").orElseThrow();
            RawHttp.Response unchanged = serving.get(FIRST_URL, "If-None-Match: " + pageTag);
            assertEquals(304, unchanged.status());
            assertEquals("", unchanged.body());

            serving.write(FIRST, post("Changed."));
            serving.awaitText(FIRST_URL, "Changed.");
            RawHttp.Response changed = serving.get(FIRST_URL, "If-None-Match: " + pageTag);
            assertEquals(200, changed.status(), "a changed page no longer matches its old tag");
            assertNotEquals(pageTag, changed.header("ETag").orElseThrow());
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        try (Serving serving = Serving.start(dir, SITE)) {
            RawHttp.Response get = serving.get(FIRST_URL);
            RawHttp.Response head = RawHttp.send(serving.port(), "HEAD " + FIRST_URL + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertEquals(200, head.status());
            assertEquals("", head.body());
            assertEquals(get.header("Content-Type"), head.header("Content-Type"));
            assertEquals(get.header("ETag"), head.header("ETag"));
        }
    }

    @Test
    void aMissingPageGetsThe404PageWithStatus404() {
        try (Serving serving = Serving.start(dir, SITE)) {
            RawHttp.Response missing = serving.get("/no/such/page/");
            assertEquals(404, missing.status());
            assertEquals(Optional.of("text/html; charset=utf-8"), missing.header("Content-Type"));
            assertEquals("Page not found", Jsoup.parse(missing.body()).selectFirst("main h1").text());
            assertEquals(404, serving.get("/kist.yaml").status(), "sources are not part of the site");
            assertEquals(404, serving.get("/content/posts/first.md").status());
        }
    }

    @Test
    void aFolderWithoutItsSlashRedirectsToIt() {
        try (Serving serving = Serving.start(dir, SITE)) {
            RawHttp.Response redirect = serving.get("/2020/01/first");
            assertEquals(301, redirect.status());
            assertEquals(Optional.of("/2020/01/first/"), redirect.header("Location"));
            assertEquals(Optional.of("/about/?q=x%20y"), serving.get("/about?q=x%20y").header("Location"));
        }
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodSiteWithAnErrorPanelUntilTheFix() {
        try (Serving serving = Serving.start(dir, SITE)) {
            serving.write(FIRST, "---\ntitle: First\ndate: 2020-01-01\n---\nSee [[<b>No such page</b>]].\n");

            RawHttp.Response broken = serving.await(FIRST_URL, r -> r.body().contains(PageDecoration.PANEL_ID), "an error panel");
            assertEquals(200, broken.status());
            Document page = Jsoup.parse(broken.body());
            assertTrue(page.text().contains("Hello from the first post."), "the last good page is still served");
            Element panel = page.getElementById(PageDecoration.PANEL_ID);
            assertEquals("body", panel.parent().tagName());
            assertTrue(panel.text().contains("content/posts/first.md:5:5"), panel.text());
            assertTrue(panel.text().contains("<b>No such page</b>"), "the message shows as text: " + panel.text());
            assertTrue(panel.select("b").isEmpty(), "and never as markup");
            assertTrue(Jsoup.parse(serving.get("/about/").body()).getElementById(PageDecoration.PANEL_ID) != null,
                    "every page shows the panel");

            serving.write(FIRST, post("Fixed."));
            RawHttp.Response fixed = serving.awaitText(FIRST_URL, "Fixed.");
            assertTrue(Jsoup.parse(fixed.body()).getElementById(PageDecoration.PANEL_ID) == null, "the fix clears the panel");
            assertTrue(Jsoup.parse(serving.get("/about/").body()).getElementById(PageDecoration.PANEL_ID) == null);
        }
    }

    @Test
    void aFirstBuildThatFailsStillStartsTheServerShowingTheErrors() {
        try (Serving serving = Serving.start(dir, SITE.replace("date: 2020-01-01", "date: someday"))) {
            RawHttp.Response home = serving.get("/");
            assertEquals(500, home.status());
            Element panel = Jsoup.parse(home.body()).getElementById(PageDecoration.PANEL_ID);
            assertTrue(panel.text().contains("content/posts/first.md:3:"), panel.text());
            assertEquals(500, serving.get(FIRST_URL).status());

            serving.write(FIRST, post("Now it builds."));
            serving.await(FIRST_URL, r -> r.status() == 200 && r.body().contains("Now it builds."), "the fixed site");
            assertEquals(200, serving.get("/").status());
        }
    }

    @Test
    void openPagesAreToldTheNewVersionOnlyWhenABuildChangedSomething() throws Exception {
        try (Serving serving = Serving.start(dir, SITE);
             RawHttp.EventStream events = new RawHttp.EventStream(serving.port())) {
            String first = events.nextVersion();
            assertEquals(serving.server.site().version(), first);

            int builds = serving.builds.get();
            serving.write(FIRST, post("Hello from the first post."));   // saved, unchanged
            serving.await("/", r -> serving.builds.get() > builds, "a build after the save");
            serving.awaitIdle();
            assertEquals(first, serving.server.site().version(), "the same output keeps the version, so no tab reloads");

            serving.write(FIRST, post("Changed for real."));
            String second = events.nextVersion();
            assertNotEquals(first, second);
            assertTrue(serving.get(FIRST_URL).body().contains("Changed for real."));
        }
    }
}
