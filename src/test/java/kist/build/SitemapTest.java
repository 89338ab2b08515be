package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import kist.testing.TestSite;
import kist.testing.XmlSchemas;

/** sitemap.xml (sitemaps.org 0.9) and robots.txt. */
class SitemapTest {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Blog
            baseUrl: "https://example.org/"
            language: en
            paginate: 2
            -- content/posts/p1.md --
            ---
            title: One
            date: 2020-01-01
            ---
            One.
            -- content/posts/p2.md --
            ---
            title: Two
            date: 2020-01-02
            updated: 2020-03-01
            series: Reeks
            ---
            Two.
            -- content/posts/p3.md --
            ---
            title: Three
            date: 2020-01-03T10:15:00+01:00
            techniques: [anker]
            tags: [oud]
            series: Reeks
            ---
            Three.
            -- content/pages/over-mij.md --
            ---
            title: Over mij
            ---
            Undated.
            -- content/pages/colofon.md --
            ---
            title: Colofon
            date: 2019-05-05
            ---
            Dated.
            """;

    @Test
    void theSitemapListsEveryPageButThe404WithItsLastChange() throws IOException {
        TestSite.Run run = TestSite.write(dir, SITE).build();
        assertEquals(0, run.exitCode(), run.err());

        byte[] xml = run.text("sitemap.xml").getBytes(StandardCharsets.UTF_8);
        XmlSchemas.assertValidSitemap("sitemap.xml", xml);
        Map<String, String> lastmods = lastmods(XmlSchemas.parse("sitemap.xml", xml));

        List<String> expected = FeedsTest.files(run.output(), ".html").stream()
                .map(file -> run.output().relativize(file).toString().replace('\\', '/'))
                .filter(path -> !path.equals("404.html"))
                .map(path -> "https://example.org/" + path.replaceAll("index\\.html$", ""))
                .sorted().toList();
        assertEquals(expected, List.copyOf(lastmods.keySet()), "every HTML page but 404.html, in order");
        assertTrue(expected.size() >= 10, expected.toString());

        assertEquals("2020-03-01T00:00:00Z", lastmods.get("https://example.org/2020/01/p2/"), "updated wins over date");
        assertEquals("2020-01-03T10:15:00+01:00", lastmods.get("https://example.org/2020/01/p3/"));
        assertEquals("2019-05-05T00:00:00Z", lastmods.get("https://example.org/colofon/"));
        assertEquals("", lastmods.get("https://example.org/over-mij/"), "a page without a date has no lastmod");
        // lists changed when the newest post they list did
        assertEquals("2020-03-01T00:00:00Z", lastmods.get("https://example.org/"), "p3 and p2, and p2 changed last");
        assertEquals("2020-01-01T00:00:00Z", lastmods.get("https://example.org/page/2/"));
        assertEquals("2020-01-03T10:15:00+01:00", lastmods.get("https://example.org/techniques/anker/"));
        assertEquals("2020-01-03T10:15:00+01:00", lastmods.get("https://example.org/techniques/"));
        assertEquals("2020-01-03T10:15:00+01:00", lastmods.get("https://example.org/tags/"));
        List<String> series = lastmods.entrySet().stream().filter(entry -> entry.getKey().contains("/series/"))
                .map(Map.Entry::getValue).toList();
        assertEquals(List.of("2020-03-01T00:00:00Z"), series, "the series page: " + lastmods);
    }

    @Test
    void robotsTxtPointsAtTheSitemap() {
        TestSite.Run run = TestSite.write(dir, SITE.replace("https://example.org/", "https://example.github.io/blog/")).build();
        assertEquals(0, run.exitCode(), run.err());

        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/blog/sitemap.xml\n", run.text("robots.txt"));
        XmlSchemas.assertValidSitemap("sitemap.xml", run.text("sitemap.xml").getBytes(StandardCharsets.UTF_8));
        assertTrue(lastmods(XmlSchemas.parse("sitemap", run.text("sitemap.xml").getBytes(StandardCharsets.UTF_8)))
                .keySet().stream().allMatch(loc -> loc.startsWith("https://example.github.io/blog/")));
    }

    @Test
    void anAuthorsOwnRobotsTxtWins() {
        TestSite.Run run = TestSite.write(dir, SITE + """
                -- content/robots.txt --
                User-agent: *
                Disallow: /geheim/
                """).build();
        assertEquals(0, run.exitCode(), run.err());

        assertEquals("User-agent: *\nDisallow: /geheim/\n", run.text("robots.txt"));
    }

    @Test
    void withoutAnAbsoluteBaseUrlThereIsNoSitemap() {
        TestSite.Run run = TestSite.write(dir, SITE.replace("baseUrl: \"https://example.org/\"\n", "")).build();
        assertEquals(0, run.exitCode(), run.err());

        assertFalse(run.exists("sitemap.xml"), "a sitemap needs absolute addresses");
        assertEquals("User-agent: *\nAllow: /\n", run.text("robots.txt"));
    }

    @Test
    void theRepositorysOwnSiteHasAValidSitemap() throws IOException {
        Path output = dir.resolve("site");
        TestSite.Run run = TestSite.write(dir.resolve("unused"), "")
                .run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), "build", "--no-cache", "--source", ".", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());

        byte[] xml = Files.readAllBytes(output.resolve("sitemap.xml"));
        XmlSchemas.assertValidSitemap("sitemap.xml", xml);
        // every page but the 404 page and the redirect pages of old addresses
        long pages = FeedsTest.files(output, ".html").stream()
                .filter(file -> !file.endsWith("404.html"))
                .filter(file -> !read(file).contains("http-equiv=\"refresh\""))
                .count();
        assertEquals(pages, lastmods(XmlSchemas.parse("sitemap.xml", xml)).size());
    }

    @Test
    void theValidatorRejectsAnInvalidSitemap() {
        byte[] relative = ("<urlset xmlns=\"" + SITEMAP + "\"><url><loc>/x/</loc><lastmod>gisteren</lastmod></url></urlset>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(AssertionFailedError.class, () -> XmlSchemas.assertValidSitemap("broken.xml", relative));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** loc → lastmod ("" when absent), in document order. */
    private static Map<String, String> lastmods(Document doc) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
            found.put(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
        }
        return found;
    }
}
