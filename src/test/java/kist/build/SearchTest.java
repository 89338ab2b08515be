package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** The search index (search.json) and the search page, as files; SearchBrowserTest runs them. */
class SearchTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: "Trukendoos"
            baseUrl: "https://example.nl/"
            language: nl
            taxonomies:
              techniques:
                path: /technieken/
                name: Technieken
            search:
              path: /zoeken/
            -- content/posts/het-anker.md --
            ---
            title: "Het anker"
            date: 2007-10-17
            summary: "Wie het eerste getal noemt, bepaalt het gesprek."
            techniques: [anker, SPIN]
            ---
            Het anker is simpel. Het anker werkt, het anker blijft.
            -- content/posts/spin-en-kaser.md --
            ---
            title: "SPIN en Käser"
            date: 2007-10-31
            techniques: [SPIN, Käser]
            ---
            Twee boekjes: SPIN en Käser.
            -- content/techniques/kaser.md --
            ---
            title: "Käser"
            aliases: [Käser-methode]
            summary: "Het boekje van Käser."
            ---
            Structuur in het gesprek.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void indexHoldsEveryPostAndTechniquePageWithFoldedWordsForMatching() throws IOException {
        TestSite.Run run = TestSite.write(dir, SITE).build();
        assertEquals(0, run.exitCode(), run.err());

        JsonNode pages = JSON.readTree(run.text("search.json")).get("pages");
        List<String> titles = new ArrayList<>();
        pages.forEach(page -> titles.add(page.get("title").asText() + " " + page.get("kind").asText()));
        // posts newest first, then technique pages by name: the order ties are broken in
        assertEquals(List.of("SPIN en Käser post", "Het anker post", "anker technique", "Käser technique", "SPIN technique"), titles);

        JsonNode kaser = pages.get(0);
        assertEquals("/2007/10/spin-en-kaser/", kaser.get("url").asText());
        assertEquals("[\"SPIN\",\"Käser\"]", kaser.get("techniques").toString());
        assertEquals("Twee boekjes: SPIN en Käser.", kaser.get("summary").asText(), "the first paragraph when there is no summary");
        assertEquals("[\"spin en kaser\",\"spin kaser\",\"twee boekjes spin en kaser\",\"twee boekjes spin en kaser\"]",
                kaser.get("folded").toString());

        JsonNode anker = pages.get(1);
        assertEquals("Wie het eerste getal noemt, bepaalt het gesprek.", anker.get("summary").asText());
        assertEquals("het anker is simpel werkt blijft", anker.get("folded").get(3).asText(), "the text as its distinct words");

        JsonNode kaserPage = pages.get(3);
        assertEquals("/technieken/kaser/", kaserPage.get("url").asText());
        assertEquals("Het boekje van Käser.", kaserPage.get("summary").asText());
        assertEquals("kaser kaser methode", kaserPage.get("folded").get(1).asText(), "aliases are found, not shown");
        assertEquals("[\"Käser\"]", kaserPage.get("techniques").toString());
        assertEquals("", pages.get(2).get("summary").asText(), "a technique without a description page");
    }

    @Test
    void indexUrlsCarryTheRootPathOfASiteUnderASubPath() throws IOException {
        TestSite.Run run = TestSite.write(dir, SITE).build("--base-url", "https://example.github.io/blog/");
        assertEquals(0, run.exitCode(), run.err());

        JsonNode pages = JSON.readTree(run.text("search.json")).get("pages");
        pages.forEach(page -> assertTrue(page.get("url").asText().startsWith("/blog/"), page.toString()));
        Document search = run.html("zoeken/index.html");
        assertEquals("/blog/search.json", search.selectFirst("#search").attr("data-index"));
        assertEquals("/blog/zoeken/", search.selectFirst("form.search-form").attr("action"));
        assertEquals("/blog/assets/search.js", search.selectFirst("script[src]").attr("src"));
        assertEquals("/blog/zoeken/", run.html("index.html").selectFirst("form.site-search").attr("action"));
    }

    @Test
    void indexIsValidJsonWhateverTheTitlesHoldAndCannotEndAScriptElement() throws IOException {
        String nasty = "</script><script>alert(\\\"x\\\")</script> & ]]> \\\\ back\\\\slash\\ttab\\x01ctl \\u2028 end";
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: en
                -- content/posts/nasty.md --
                ---
                title: "%s"
                date: 2020-01-01
                summary: "%s"
                techniques: ["<b>bold</b>"]
                ---
                Text with </script> and <!-- a comment --> and "quotes".
                """.formatted(nasty, nasty)).build();
        assertEquals(0, run.exitCode(), run.err());

        String text = run.text("search.json");
        String expected = "</script><script>alert(\"x\")</script> & ]]> \\ back\\slash\ttab\u0001ctl \u2028 end";
        JsonNode page = JSON.readTree(text).get("pages").get(0);
        assertEquals(expected, page.get("title").asText());
        assertEquals(expected, page.get("summary").asText());
        assertEquals("<b>bold</b>", page.get("techniques").get(0).asText());
        for (String forbidden : List.of("<", ">", "&", "\t", "\u0001", "\u2028")) {
            assertFalse(text.contains(forbidden), "search.json has a raw " + forbidden.codePointAt(0));
        }
    }

    @Test
    void searchPageIsAFormThatWorksWithoutJavaScript() {
        TestSite.Run run = TestSite.write(dir, SITE).build();
        assertEquals(0, run.exitCode(), run.err());

        Document search = run.html("zoeken/index.html");
        assertEquals("Zoeken", search.selectFirst("main h1").text());
        Element form = search.selectFirst("main form.search-form");
        assertEquals("/zoeken/", form.attr("action"));
        assertEquals("get", form.attr("method"));
        Element input = form.selectFirst("input[type=search][name=q]");
        assertEquals("Zoek in berichten en technieken", search.selectFirst("label[for=" + input.id() + "]").text());
        assertNotNull(search.selectFirst("[aria-live=polite] #search-list"), "results are announced");
        assertEquals("/technieken/", search.selectFirst("#search-fallback a").attr("href"), "without JavaScript: the technique index");
        assertEquals(List.of("SPIN en Käser", "Het anker"), search.select("#search-all li a").eachText(), "and every post");
        assertEquals("/assets/search.js", search.selectFirst("script[src]").attr("src"));
        assertTrue(run.exists("assets/search.js"));
        assertNull(search.selectFirst("form.site-search"), "no second search box on the search page");

        for (String page : List.of("index.html", "2007/10/het-anker/index.html", "technieken/kaser/index.html")) {
            Document other = run.html(page);
            Element box = other.selectFirst("header form.site-search");
            assertEquals("/zoeken/", box.attr("action"), page);
            assertEquals("Zoek in berichten en technieken", other.selectFirst("label[for=" + box.selectFirst("input[name=q]").id() + "]").text());
            assertNull(other.selectFirst("script:not([type=application/ld+json])"), "no script on " + page);
        }
    }

    @Test
    void searchPageLivesAtSlashSearchByDefaultInEnglish() {
        TestSite.Run run = TestSite.write(dir, SITE.replace("language: nl", "language: en").replace("""
                search:
                  path: /zoeken/
                """, "")).build();
        assertEquals(0, run.exitCode(), run.err());

        Document search = run.html("search/index.html");
        assertEquals("Search", search.selectFirst("main h1").text());
        assertFalse(run.exists("zoeken/index.html"));
        assertEquals("/search/", run.html("index.html").selectFirst("form.site-search").attr("action"));
    }

    @Test
    void aSearchPathThatIsNoFolderIsAnError() {
        TestSite.Run run = TestSite.write(dir, SITE.replace("path: /zoeken/", "path: zoeken")).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kist.yaml:9:9: error: search path 'zoeken' is not a folder path"), run.err());
        assertTrue(run.err().contains("hint: start and end it with '/'"), run.err());
    }

    @Test
    void longTextIsKeptAsItsFirstDistinctWordsOnly() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("woord").append(i).append(" herhaald ");
        }
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: en
                -- content/posts/long.md --
                ---
                title: Long
                date: 2020-01-01
                summary: Short.
                ---
                """ + body).build();
        assertEquals(0, run.exitCode(), run.err());

        String[] words = JSON.readTree(run.text("search.json")).get("pages").get(0).get("folded").get(3).asText().split(" ");
        assertEquals(2000, words.length);
        assertEquals(List.of("woord0", "herhaald", "woord1", "woord2"), List.of(words).subList(0, 4));
        assertTrue(Files.size(run.output().resolve("search.json")) < 40_000, "compact");
    }
}
