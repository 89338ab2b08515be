package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** Wikilinks and internal Markdown links, resolved on the whole site in a second pass. */
class LinksTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Trukendoos
            language: nl
            taxonomies:
              techniques: {path: /technieken/}
            -- content/posts/het-anker.md --
            ---
            title: Het anker
            date: 2007-10-17
            techniques: [anker]
            ---
            Over ankers.

            ## Als inkoper

            Tekst.
            -- content/posts/kaser.md --
            ---
            title: Käser en ik
            date: 2007-10-20
            slug: kaser-en-ik
            techniques: [Käser]
            ---
            Over Käser.

            ## Het boekje

            Tekst.
            -- content/techniques/anker.md --
            ---
            title: Anker
            aliases: [ankeren]
            ---
            Het anker is het eerste getal.
            """;

    private TestSite.Run build(String post) {
        return TestSite.write(dir, SITE + "-- content/posts/links.md --\n---\ntitle: Links\ndate: 2007-11-01\nautolink: false\n---\n" + post).build();
    }

    private static Element link(Document page, String text) {
        return page.select(".prose a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' in " + page.select(".prose").html()));
    }

    @Test
    void everyWikilinkForm() {
        TestSite.Run run = build("""
                Titel: [[Het anker]]. Slug: [[kaser-en-ik]]. Andere tekst: [[Het anker|dit stuk]].
                Kop: [[Het anker#Als inkoper]]. Zonder accenten: [[kaser en ik#het boekje]].
                Techniek: [[anker]]. Alias: [[ankeren]]. Expliciet: [[techniques/anker|de techniek]].
                Hoofdletters: [[HET ANKER]].

                ## Onderaan

                Terug naar [[#Onderaan]]. Code blijft: `[[Het anker]]`.
                """);

        assertEquals(0, run.exitCode(), run.err());
        Document page = run.html("2007/11/links/index.html");
        assertEquals("/2007/10/het-anker/", link(page, "Het anker").attr("href"));
        assertEquals("/2007/10/kaser-en-ik/", link(page, "Käser en ik").attr("href"));
        assertEquals("/2007/10/het-anker/", link(page, "dit stuk").attr("href"));
        assertEquals("/2007/10/het-anker/#als-inkoper", link(page, "Het anker#Als inkoper".replace("#", " › ")).attr("href"));
        assertEquals("/2007/10/kaser-en-ik/#het-boekje", link(page, "kaser en ik › Het boekje").attr("href"));
        assertEquals("/technieken/anker/", link(page, "anker").attr("href"));
        assertEquals("/technieken/anker/", link(page, "ankeren").attr("href"));
        assertEquals("/technieken/anker/", link(page, "de techniek").attr("href"));
        assertEquals("/2007/10/het-anker/", link(page, "HET ANKER").attr("href"));
        assertEquals("#onderaan", link(page, "Onderaan").attr("href").replace("/2007/11/links/", ""));
        assertEquals("[[Het anker]]", page.selectFirst(".prose code").text());
    }

    @Test
    void markdownLinksToSourcesAndPathsAreCheckedAndRewritten() {
        TestSite.Run run = TestSite.write(dir, SITE + """
                -- content/posts/links.md --
                ---
                title: Links
                date: 2007-11-01
                ---
                [Bestand](het-anker.md), [met kop](het-anker.md#als-inkoper), [techniek](../techniques/anker.md),
                [pad](/2007/10/het-anker/), [extern](https://example.com/) en [lijst](/technieken/).
                """).build("--base-url", "https://example.github.io/blog/");

        assertEquals(0, run.exitCode(), run.err());
        Document page = run.html("2007/11/links/index.html");
        assertEquals("/blog/2007/10/het-anker/", link(page, "Bestand").attr("href"));
        assertEquals("/blog/2007/10/het-anker/#als-inkoper", link(page, "met kop").attr("href"));
        assertEquals("/blog/technieken/anker/", link(page, "techniek").attr("href"));
        assertEquals("/blog/2007/10/het-anker/", link(page, "pad").attr("href"));
        assertEquals("https://example.com/", link(page, "extern").attr("href"));
        assertEquals("/blog/technieken/", link(page, "lijst").attr("href"));
    }

    @Test
    void brokenWikilinkFailsAtItsPositionWithDidYouMean() {
        TestSite.Run run = build("Eerste regel.\n\nZie ook [[Het ankr]] voor meer.\n");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/links.md:8:9: error: no page or technique called 'Het ankr'"), run.err());
        assertTrue(run.err().contains("hint: did you mean [[Het anker]]?"), run.err());
        assertTrue(run.err().contains("was left as it was"), run.err());
    }

    @Test
    void brokenHeadingFailsWithTheHeadingsItHas() {
        TestSite.Run run = build("Zie [[Het anker#Als verkoper]].\n");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/links.md:6:5: error: no heading 'Als verkoper' in 'Het anker'"), run.err());
        assertTrue(run.err().contains("Als inkoper"), run.err());
    }

    @Test
    void ambiguousWikilinkListsTheCandidates() {
        TestSite.Run run = TestSite.write(dir, SITE + """
                -- content/posts/anker-post.md --
                ---
                title: Anker
                date: 2007-10-25
                ---
                Een post die zo heet als de techniek.
                -- content/posts/links.md --
                ---
                title: Links
                date: 2007-11-01
                ---
                Zie [[Anker]].
                """).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/links.md:5:5: error: [[Anker]] could mean"), run.err());
        assertTrue(run.err().contains("post 'Anker' (/2007/10/anker-post/)") && run.err().contains("technique 'Anker' (/technieken/anker/)"), run.err());
        assertTrue(run.err().contains("hint: write [[techniques/Anker]]"), run.err());
    }

    @Test
    void brokenMarkdownLinksFail() {
        TestSite.Run run = build("[weg](verdwenen.md) en [pad](/2007/10/verdwenen/).\n");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/links.md:6:1: error: no content file content/posts/verdwenen.md"), run.err());
        assertTrue(!run.err().contains("did you mean content/posts/kaser.md"), run.err());
        assertTrue(run.err().contains("content/posts/links.md:6:24: error: no page or file at /2007/10/verdwenen/"), run.err());
    }

    @Test
    void aBrokenPathLinkSuggestsThePagesWhoseAddressHoldsItsLastPart() {
        TestSite.Run run = build("[pad](/2007/10/kaser/) en [plaatje](/images/kaser.png).\n");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/links.md:6:1: error: no page or file at /2007/10/kaser/"), run.err());
        assertTrue(run.err().contains("hint: did you mean /2007/10/kaser-en-ik/ or /technieken/kaser/?"), run.err());
        assertTrue(run.err().contains("error: no page or file at /images/kaser.png"), run.err());
    }

    @Test
    void backlinksListLinkingPagesWithTheirSentence() {
        TestSite.Run run = build("Eerst iets anders. Lees [[Het anker]] voor de basis! En dan verder.\n");

        Document target = run.html("2007/10/het-anker/index.html");
        List<String> sources = target.select("#backlinks li > a").eachText();
        assertEquals(List.of("Links"), sources);
        assertEquals("Lees Het anker voor de basis!", target.selectFirst("#backlinks .context").text());
        // links in navigation (previous/next, series, related) are no backlinks
        assertTrue(run.html("2007/10/kaser-en-ik/index.html").select("#backlinks").isEmpty());
        // the technique page lists the pages that link to it in their text
        assertEquals(List.of(), run.html("technieken/anker/index.html").select("#backlinks li > a").eachText());
    }

    @Test
    void firstPlainMentionOfATechniqueLinksToItsPage() {
        TestSite.Run run = TestSite.write(dir, SITE + """
                -- content/posts/mentions.md --
                ---
                title: Mentions
                date: 2007-11-02
                ---
                ## Over het anker

                Een `anker` in code en [een link over anker](https://example.com/) tellen niet.
                Dit anker wel, en het tweede anker niet meer. Ook Ankeren niet: het is dezelfde techniek.
                """).build();

        Document page = run.html("2007/11/mentions/index.html");
        List<Element> mentions = page.select(".prose a.mention");
        assertEquals(1, mentions.size(), page.select(".prose").html());
        assertEquals("anker", mentions.get(0).text());
        assertEquals("/technieken/anker/", mentions.get(0).attr("href"));
        assertTrue(mentions.get(0).parent().text().startsWith("Een anker in code"));
        assertTrue(page.select("h2 a.mention").isEmpty());
    }

    @Test
    void autolinkFalseTurnsMentionLinkingOff() {
        TestSite.Run run = build("Het anker zonder link.\n");

        assertTrue(run.html("2007/11/links/index.html").select("a.mention").isEmpty());
    }

    @Test
    void unlinkedMentionsOfOtherPostsAreSuggested() {
        TestSite.Run run = build("Zoals in Het anker al stond.\n");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/links.md:6:10: suggestion: 'Het anker' could link to that post"), run.err());
        assertTrue(run.err().contains("hint: write [[Het anker]]"), run.err());
    }

    @Test
    void aSummaryLinkToAHeadingOfItsPostStillWorksOnListPages() {
        TestSite.Run run = TestSite.write(dir, SITE + """
                -- content/posts/met-kop.md --
                ---
                title: Met kop
                date: 2007-11-03
                ---
                Lees eerst [het einde](#het-einde) en [[#Het einde]].

                ## Het einde

                Klaar.
                """).build();

        assertEquals(0, run.exitCode(), run.err());
        org.jsoup.nodes.Element card = run.html("index.html").select(".card").stream()
                .filter(c -> c.text().contains("Met kop")).findFirst().orElseThrow();
        assertEquals(List.of("/2007/11/met-kop/#het-einde", "/2007/11/met-kop/#het-einde"),
                card.select(".card-summary a").eachAttr("href"));
        assertEquals("#het-einde", run.html("2007/11/met-kop/index.html").selectFirst(".prose p a").attr("href"));
    }
}
