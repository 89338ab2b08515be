package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** Archive, redirects and sharing metadata. */
class ReaderFeaturesTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Trukendoos
            baseUrl: https://example.nl/
            language: nl
            image: /images/kaart.png
            author:
              name: Ger
              photo: /images/ger.png
            archive:
              path: /archief/
            redirects:
              "/feeds/posts/default": /feed.xml
              "/oud/": https://elders.example.com/
            -- content/posts/een.md --
            ---
            title: Een
            date: 2007-10-03
            techniques: [SPIN]
            aliases: [/2007/10/een.html, /oude-een/]
            ---
            Tekst een.
            -- content/posts/twee.md --
            ---
            title: Twee
            date: 2007-11-05T10:15:00+01:00
            updated: 2008-01-02
            image: foto.jpg
            ---
            Tekst twee.
            -- content/posts/drie.md --
            ---
            title: Drie
            date: 2008-02-01
            ---
            Tekst drie.
            """;

    @Test
    void archiveGroupsPostsByYearAndMonthWithCounts() {
        TestSite.Run run = TestSite.write(dir, SITE).build();

        assertEquals(0, run.exitCode(), run.err());
        Document archive = run.html("archief/index.html");
        assertEquals("Archief", archive.selectFirst("main h1").text());
        assertEquals(List.of("2008 (1)", "2007 (2)"), archive.select(".archive-year h2").eachText());
        assertEquals(List.of("Februari 2008 (1)", "November 2007 (1)", "Oktober 2007 (1)"), archive.select(".archive-year h3").eachText());
        assertEquals(List.of("Drie", "Twee", "Een"), archive.select(".archive-posts a").eachText());
    }

    @Test
    void aliasesAndConfiguredRedirectsGetRedirectsAndPages() {
        TestSite.Run run = TestSite.write(dir, SITE).build();

        assertEquals("""
                /2007/10/een.html /2007/10/een/ 301
                /feeds/posts/default /feed.xml 301
                /oud/ https://elders.example.com/ 301
                /oude-een/ /2007/10/een/ 301
                """, run.text("_redirects"));
        Document old = run.html("2007/10/een.html");
        assertEquals("0; url=/2007/10/een/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.nl/2007/10/een/", old.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/2007/10/een/", old.selectFirst("a").attr("href"));
        assertTrue(run.exists("oude-een/index.html"));
        assertEquals("https://elders.example.com/", run.html("oud/index.html").selectFirst("a").attr("href"));
        // an old address that cannot hold a page only gets its _redirects line
        assertFalse(run.exists("feeds/posts/default"));
    }

    @Test
    void redirectsFollowTheSiteToASubPath() {
        TestSite.Run run = TestSite.write(dir, SITE).build("--base-url", "https://example.github.io/blog/");

        assertTrue(run.text("_redirects").startsWith("/blog/2007/10/een.html /blog/2007/10/een/ 301\n"), run.text("_redirects"));
        assertEquals("0; url=/blog/2007/10/een/", run.html("2007/10/een.html").selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void aRedirectOverAPageIsAnError() {
        TestSite.Run run = TestSite.write(dir, SITE.replace("aliases: [/2007/10/een.html, /oude-een/]", "aliases: [/2008/02/drie/]")).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("writes 2008/02/drie/index.html, which"), run.err());
    }

    @Test
    void postsCarryOpenGraphTwitterAndJsonLd() {
        TestSite.Run run = TestSite.write(dir, SITE).build();

        Document twee = run.html("2007/11/twee/index.html");
        assertEquals("article", meta(twee, "og:type"));
        assertEquals("Twee", meta(twee, "og:title"));
        assertEquals("Tekst twee.", meta(twee, "og:description"));
        assertEquals("https://example.nl/2007/11/twee/", meta(twee, "og:url"));
        assertEquals("nl_NL", meta(twee, "og:locale"));
        assertEquals("https://example.nl/2007/11/twee/foto.jpg", meta(twee, "og:image"));
        assertEquals("2007-11-05T10:15+01:00", meta(twee, "article:published_time"));
        assertEquals("2008-01-02", meta(twee, "article:modified_time"));
        assertEquals("summary_large_image", twee.selectFirst("meta[name=twitter:card]").attr("content"));
        String jsonLd = twee.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"@type\":\"BlogPosting\"") && jsonLd.contains("\"author\":{\"@type\":\"Person\",\"name\":\"Ger\"}"), jsonLd);
        // the site's image stands in for a post without one
        assertEquals("https://example.nl/images/kaart.png", meta(run.html("2007/10/een/index.html"), "og:image"));
        org.jsoup.nodes.Element photo = twee.selectFirst(".site-footer img.author-photo");
        assertEquals("/images/ger.png", photo.attr("src"));
        assertEquals("Ger", photo.attr("alt"));
        String technique = run.html("techniques/spin/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(technique.contains("\"@type\":\"DefinedTerm\"") && technique.contains("\"name\":\"SPIN\""), technique);
        assertTrue(run.html("index.html").selectFirst("script[type=application/ld+json]").data().contains("\"@type\":\"WebSite\""));
    }

    @Test
    void jsonLdSurvivesHostileTitles() {
        TestSite.Run run = TestSite.write(dir, SITE.replace("title: Twee", "title: \"</script><script>alert('x')</script> & \\\" ]]>\"")).build();

        assertEquals(0, run.exitCode(), run.err());
        Document twee = run.html("2007/11/twee/index.html");
        assertEquals(1, twee.select("script").size(), "only the JSON-LD script");
        assertTrue(twee.selectFirst("script").data().contains("\\u003c/script\\u003e"));
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    @Test
    void imagesGetTheirSizeLazyLoadingAndWorkFromListPagesToo() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        TestSite site = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/met-foto/index.md --
                ---
                title: Met foto
                date: 2020-01-01
                ---
                ![Een foto](foto.png) en ![Logo](/images/logo.svg)
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>
                """);
        site.bytes("content/posts/met-foto/foto.png", png.toByteArray());

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.err());
        Document post = run.html("2020/01/met-foto/index.html");
        org.jsoup.nodes.Element photo = post.selectFirst(".prose img[alt=Een foto]");
        assertEquals("/2020/01/met-foto/foto.png", photo.attr("src"));
        assertEquals("640", photo.attr("width"));
        assertEquals("480", photo.attr("height"));
        assertEquals("lazy", photo.attr("loading"));
        org.jsoup.nodes.Element logo = post.selectFirst(".prose img[alt=Logo]");
        assertEquals("120", logo.attr("width"));
        assertEquals("40", logo.attr("height"));
        // the summary on the home page shows the same picture
        assertEquals("/2020/01/met-foto/foto.png", run.html("index.html").selectFirst(".card img").attr("src"));
    }

    @Test
    void aMissingImageIsAnErrorAtItsPosition() {
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/zonder/index.md --
                ---
                title: Zonder
                date: 2020-01-01
                ---
                Tekst ![weg](fto.png)
                -- content/posts/zonder/foto.png --
                x
                """).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/zonder/index.md:5:7: error: no file content/posts/zonder/fto.png"), run.err());
        assertTrue(run.err().contains("did you mean foto.png?"), run.err());
    }

    @Test
    void siteWideOutputsCanBeTurnedOff() {
        TestSite.Run all = TestSite.write(dir.resolve("all"), SITE).build();
        assertTrue(all.exists("search.json") && all.exists("graph/index.html") && all.exists("archief/index.html")
                && all.exists("sitemap.xml") && all.exists("robots.txt"));
        assertTrue(all.html("index.html").selectFirst("form.site-search") != null);

        TestSite.Run none = TestSite.write(dir.resolve("none"), SITE.replace("archive:",
                "outputs: {search: false, graph: false, archive: false, sitemap: false}\narchive:")).build();

        assertEquals(0, none.exitCode(), none.err());
        for (String path : List.of("search.json", "search/index.html", "graph/index.html", "archief/index.html",
                "sitemap.xml", "robots.txt")) {
            assertFalse(none.exists(path), path);
        }
        assertTrue(none.html("index.html").selectFirst("form.site-search") == null);
        assertTrue(none.exists("feed.xml") && none.exists("2007/10/een/index.html"));
    }
}
