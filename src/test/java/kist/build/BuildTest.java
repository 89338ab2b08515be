package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

class BuildTest {
    @TempDir
    Path dir;

    private static final String DUTCH_SITE = """
            -- kist.yaml --
            title: "Trukendoos"
            description: "Over verkopen"
            baseUrl: "https://example.nl/"
            language: nl
            menu:
              - title: Over mij
                url: /over-mij/
            -- content/posts/find-your-why-and-fly.md --
            ---
            title: "Find your why and fly"
            date: 2007-10-03
            techniques: [SPIN, Käser]
            ---
            De 'trukendoosverkoop' werkt.

            Tweede alinea.
            -- content/pages/over-mij.md --
            ---
            title: Over mij
            ---
            Ik train verkopers.
            """;

    @Test
    void postIsWrittenAtItsPermalinkWithADutchDate() {
        TestSite.Run run = TestSite.write(dir, DUTCH_SITE).build();

        assertEquals(0, run.exitCode(), run.err());
        Document post = run.html("2007/10/find-your-why-and-fly/index.html");
        assertEquals("nl", post.selectFirst("html").attr("lang"));
        assertEquals("Find your why and fly", post.selectFirst("main h1").text());
        assertEquals("woensdag 3 oktober 2007", post.selectFirst("article time").text());
        assertEquals("2007-10-03", post.selectFirst("article time").attr("datetime"));
        assertEquals("https://example.nl/2007/10/find-your-why-and-fly/", post.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Over mij", run.html("over-mij/index.html").selectFirst("main h1").text());
        assertTrue(run.exists("404.html"));
        assertTrue(run.exists("assets/kist.css"));
        assertEquals("Naar de inhoud", post.selectFirst("a.skip-link").text());
    }

    @Test
    void datesUseTheThemesNamesWhicheverJdkBuilds() {
        // the JDK's names differ by version (JDK 17 "okt.", JDK 25 "okt"): the theme names them itself
        TestSite.Run builtin = TestSite.write(dir, DUTCH_SITE).build();
        Document archive = builtin.html("archive/index.html");
        assertTrue(archive.select("time").eachText().contains("3 okt. 2007"), archive.select("time").eachText().toString());
        assertTrue(archive.text().contains("Oktober 2007"), archive.text());

        TestSite.Run own = TestSite.write(dir, DUTCH_SITE + """
                -- templates/i18n/nl.yaml --
                date:
                  months: "I II III IV V VI VII VIII IX X XI XII"
                  monthsShort: "i ii iii iv v vi vii viii ix x xi xii"
                  weekdays: "ma di wo do vr za zo"
                """).build();
        assertEquals(0, own.exitCode(), own.err());
        assertTrue(own.html("archive/index.html").select("time").eachText().contains("3 x 2007"), own.err());
        assertTrue(own.html("archive/index.html").text().contains("X 2007"));
        assertEquals("wo 3 X 2007", own.html("2007/10/find-your-why-and-fly/index.html").selectFirst("article time").text());
    }

    @Test
    void englishSiteGetsEnglishDatesAndStrings() {
        TestSite.Run run = TestSite.write(dir, DUTCH_SITE.replace("language: nl", "language: en")).build();

        Document post = run.html("2007/10/find-your-why-and-fly/index.html");
        assertEquals("en", post.selectFirst("html").attr("lang"));
        assertEquals("Wednesday, October 3, 2007", post.selectFirst("article time").text());
        assertEquals("Skip to content", post.selectFirst("a.skip-link").text());
    }

    @Test
    void homePageListsPostsNewestFirstAndPaginates() {
        StringBuilder files = new StringBuilder("""
                -- kist.yaml --
                title: Blog
                language: en
                paginate: 2
                """);
        for (int day = 1; day <= 5; day++) {
            files.append("-- content/posts/post-").append(day).append(".md --\n")
                    .append("---\ntitle: Post ").append(day).append("\ndate: 2020-01-0").append(day)
                    .append("\n---\nBody of post ").append(day).append(".\n");
        }
        TestSite.Run run = TestSite.write(dir, files.toString()).build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[Post 5, Post 4]", run.html("index.html").select(".card-title").eachText().toString());
        assertEquals("[Post 3, Post 2]", run.html("page/2/index.html").select(".card-title").eachText().toString());
        assertEquals("[Post 1]", run.html("page/3/index.html").select(".card-title").eachText().toString());
        assertEquals("/page/2/", run.html("index.html").selectFirst("a[rel=next]").attr("href"));
        assertEquals("/", run.html("page/2/index.html").selectFirst("a[rel=prev]").attr("href"));
        assertFalse(run.exists("page/4/index.html"));
        Document middle = run.html("2020/01/post-3/index.html");
        assertEquals("/2020/01/post-2/", middle.selectFirst("#prev-next a.older").attr("href"));
        assertEquals("/2020/01/post-4/", middle.selectFirst("#prev-next a.newer").attr("href"));
    }

    @Test
    void draftsAndFuturePostsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/published.md --
                ---
                title: Published
                date: 2020-01-01
                ---
                Text.
                -- content/posts/draft.md --
                ---
                title: Draft
                date: 2020-01-02
                draft: true
                ---
                Text.
                -- content/posts/future.md --
                ---
                title: Future
                date: 2031-01-01
                ---
                Text.
                """);

        TestSite.Run plain = site.build();
        assertTrue(plain.exists("2020/01/published/index.html"));
        assertFalse(plain.exists("2020/01/draft/index.html"));
        assertFalse(plain.exists("2031/01/future/index.html"));

        TestSite.Run all = site.build("--drafts", "--future");
        assertTrue(all.exists("2020/01/draft/index.html"));
        assertTrue(all.exists("2031/01/future/index.html"));
    }

    @Test
    void slugsComeFromFrontMatterFileNamesAndFolders() {
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/2007/2007-10-05-Käser en SPIN.md --
                ---
                title: Dated by its file name
                ---
                Text.
                -- content/posts/bundle/index.md --
                ---
                title: Bundle
                date: 2008-02-01
                ---
                ![Foto](foto.png)
                -- content/posts/bundle/foto.png --
                not really a png
                -- content/posts/concept/index.md --
                ---
                title: Concept
                date: 2008-02-02
                draft: true
                ---
                ![Schets](schets.png)
                -- content/posts/concept/schets.png --
                not really a png
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/posts/other.md --
                ---
                title: Other
                date: 2008-03-01
                slug: eigen-slug
                ---
                Text.
                -- content/posts/ØÆ—★.md --
                ---
                title: Symbols
                date: 2008-04-01
                ---
                Text.
                -- content/posts/★★.md --
                ---
                title: Only symbols
                date: 2008-05-01
                ---
                Text.
                """).build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.exists("2007/10/kaser-en-spin/index.html"));
        assertTrue(run.exists("2008/02/bundle/index.html"));
        assertTrue(run.exists("2008/02/bundle/foto.png"));
        assertFalse(run.exists("posts/concept/schets.png"), "a draft's files stay out with it");
        assertFalse(run.exists("2008/02/concept/schets.png"));
        assertTrue(run.exists("images/logo.svg"));
        assertTrue(run.exists("2008/03/eigen-slug/index.html"));
        assertTrue(run.exists("2008/04/oae/index.html"));
        assertEquals(1, run.html("index.html").select("a[href^=/2008/05/post-]").size());
    }

    @Test
    void tomlFrontMatterAndUnknownKeysReachTheTemplates() {
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/toml.md --
                +++
                title = "In TOML"
                date = 2019-05-06
                mood = "vrolijk"
                +++
                Text.
                -- templates/post.jte --
                @param kist.render.PostPage page
                <p id="mood">${String.valueOf(page.params().get("mood"))}</p>
                <p id="title">${page.post().title()}</p>
                """).build();

        assertEquals(0, run.exitCode(), run.err());
        Document post = run.html("2019/05/toml/index.html");
        assertEquals("vrolijk", post.getElementById("mood").text());
        assertEquals("In TOML", post.getElementById("title").text());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreFine() {
        TestSite site = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                """);
        byte[] text = "---\r\ntitle: Windows\r\ndate: 2020-02-02\r\n---\r\nLine one\r\n\r\nLine two\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        site.bytes("content/posts/windows.md", withBom);

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.err());
        Document post = run.html("2020/02/windows/index.html");
        assertEquals("Windows", post.selectFirst("main h1").text());
        assertEquals(2, post.select(".prose p").size());
    }

    @Test
    void frontMatterTextIsAlwaysEscaped() {
        String evil = "\\\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: "EVIL"
                description: "EVIL"
                author:
                  name: "EVIL"
                menu:
                  - title: "EVIL"
                    url: /x/
                -- content/posts/evil.md --
                ---
                title: "EVIL"
                date: 2020-01-01
                summary: "EVIL"
                techniques: ["EVIL"]
                tags: ["EVIL"]
                ---
                Body.
                """.replace("EVIL", evil)).build();

        assertEquals(0, run.exitCode(), run.err());
        for (String page : new String[] {"index.html", "2020/01/evil/index.html", "404.html"}) {
            Document html = run.html(page);
            assertTrue(html.select("script:not([type=application/ld+json])").isEmpty(), page + " has a script element");
            assertTrue(html.select("img[onerror]").isEmpty(), page + " has an onerror attribute");
            assertTrue(html.text().contains("<script>alert(1)</script>"), page + " does not show the text");
        }
    }

    @Test
    void rawHtmlPassesThroughUnlessEscapeIsConfigured() {
        String files = """
                -- kist.yaml --
                title: Blog
                RAW
                -- content/posts/raw.md --
                ---
                title: Raw
                date: 2020-01-01
                ---
                <div class="callout">Eigen HTML</div>
                """;
        TestSite.Run pass = TestSite.write(dir.resolve("pass"), files.replace("RAW", "")).build();
        assertEquals(1, pass.html("2020/01/raw/index.html").select("div.callout").size());

        TestSite.Run escape = TestSite.write(dir.resolve("escape"), files.replace("RAW", "markdown: {rawHtml: escape}")).build();
        Document escaped = escape.html("2020/01/raw/index.html");
        assertTrue(escaped.select("div.callout").isEmpty());
        assertTrue(escaped.selectFirst(".prose").text().contains("<div class=\"callout\">"));
    }

    @Test
    void siteUnderASubPathLinksUnderIt() {
        TestSite.Run run = TestSite.write(dir, DUTCH_SITE).build("--base-url", "https://example.github.io/blog/");

        Document home = run.html("index.html");
        assertEquals("/blog/2007/10/find-your-why-and-fly/", home.selectFirst(".card-title a").attr("href"));
        assertEquals("/blog/assets/kist.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/blog/over-mij/", home.selectFirst(".site-nav a").attr("href"));
        assertEquals("https://example.github.io/blog/", home.selectFirst("link[rel=canonical]").attr("href"));
    }
}
