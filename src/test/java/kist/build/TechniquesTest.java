package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** Techniques and tags: terms, their pages and index, and series. */
class TechniquesTest {
    @TempDir
    Path dir;

    private static String post(String slug, String date, String front) {
        return "-- content/posts/" + slug + ".md --\n---\ntitle: \"" + slug + "\"\ndate: " + date + "\n" + front + "\n---\nTekst van " + slug + ".\n";
    }

    @Test
    void eachTechniqueHasAPageHeadedByItsDescriptionAndListingItsPostsNewestFirst() {
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: nl
                paginate: 2
                taxonomies:
                  techniques: {path: /technieken/, name: Technieken}
                -- content/techniques/kaser.md --
                ---
                title: Käser
                summary: Het boekje van Käser.
                ---
                Käser leert je **vragen** stellen.
                """
                + post("een", "2007-10-01", "techniques: [Käser, SPIN]")
                + post("twee", "2007-10-02", "techniques: [kaser]")
                + post("drie", "2007-10-03", "techniques: [KÄSER]")).build();

        assertEquals(0, run.exitCode(), run.err());
        Document kaser = run.html("technieken/kaser/index.html");
        assertEquals("Käser", kaser.selectFirst("main h1").text());
        assertEquals("vragen", kaser.selectFirst(".term-description strong").text());
        assertEquals(List.of("drie", "twee"), kaser.select(".card-title").eachText());
        assertEquals(List.of("een"), run.html("technieken/kaser/page/2/index.html").select(".card-title").eachText());
        assertEquals("3 berichten", kaser.selectFirst(".term-header .meta").text());
        // a post shows its techniques as links
        Document een = run.html("2007/10/een/index.html");
        assertEquals(List.of("Käser", "SPIN"), een.select("#techniques a").eachText());
        assertEquals("/technieken/kaser/", een.selectFirst("#techniques a").attr("href"));
        // three spellings that fold together are one term, with a warning naming them and their files
        assertTrue(run.err().contains("warning: one technique spelled 3 ways: 'KÄSER' (content/posts/drie.md), "
                + "'Käser' (content/posts/een.md), 'kaser' (content/posts/twee.md)"), run.err());
    }

    @Test
    void indexShowsEveryTechniqueWithItsCountInAlphabeticalOrderOfTheLanguage() {
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: nl
                taxonomies:
                  techniques: {path: /technieken/}
                """
                + post("a", "2007-10-01", "techniques: [Zwaluw, Käser, anker]")
                + post("b", "2007-10-02", "techniques: [anker, Kaas]")
                + post("c", "2007-10-03", "techniques: [anker]")).build();

        Document index = run.html("technieken/index.html");
        assertEquals("Technieken", index.selectFirst("main h1").text());
        assertEquals(List.of("anker", "Kaas", "Käser", "Zwaluw"), index.select(".term-index a").eachText());
        assertEquals(List.of("anker 3", "Kaas 1", "Käser 1", "Zwaluw 1"), index.select(".cloud li").eachText());
        assertEquals("size-5", index.selectFirst(".cloud li").className());
    }

    @Test
    void distinctTermsWhoseSlugsCollideGetNumberedSlugs() {
        TestSite.Run run = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n"
                + post("a", "2007-10-01", "tags: [\"C\", \"C++\", \"C#\", \"★\"]")).build();

        assertEquals(0, run.exitCode(), run.err());
        // sorted by name: "c" < "c#" < "c++"
        assertEquals(List.of("/tags/c/", "/tags/c-3/", "/tags/c-2/"),
                run.html("2007/10/a/index.html").select("#tags a").eachAttr("href").subList(0, 3));
        assertTrue(run.html("2007/10/a/index.html").select("#tags a").eachAttr("href").get(3).startsWith("/tags/term-"));
        assertTrue(run.err().contains("warning: tags 'C#' and 'C' both make the slug 'c'; 'C#' gets /tags/c-2/"), run.err());
    }

    @Test
    void seriesShowsThePartsInOrderWithPreviousAndNext() {
        TestSite.Run run = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\nlanguage: nl\n"
                + post("deel-b", "2007-10-05", "series: De trukendoos")
                + post("deel-a", "2007-10-09", "series: De trukendoos\nseriesOrder: 1")
                + post("deel-c", "2007-10-01", "series: de Trukendoos")
                + post("los", "2007-10-02", "")).build();

        assertEquals(0, run.exitCode(), run.err());
        // seriesOrder first, then by date; names that fold together are one series
        Document b = run.html("2007/10/deel-b/index.html");
        assertEquals("Deel 3 van 3", b.selectFirst("#series .series-position").text());
        assertEquals(List.of("deel-a", "deel-c", "deel-b"), b.select("#series ol li").eachText());
        assertEquals("deel-b", b.selectFirst("#series [aria-current=page]").text());
        assertEquals("/2007/10/deel-c/", b.selectFirst("#series a[rel=prev]").attr("href"));
        assertTrue(b.select("#series a[rel=next]").isEmpty());
        assertEquals(List.of("deel-a", "deel-c", "deel-b"), run.html("series/de-trukendoos/index.html").select(".series-parts > li > a").eachText());
        assertTrue(run.html("2007/10/los/index.html").select("#series").isEmpty());
    }

    @Test
    void relatedPostsNeverIncludeThePostItselfAndPreferRareSharedTechniques() {
        TestSite.Run run = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n"
                + post("a", "2007-10-01", "techniques: [zeldzaam, overal]").replace("Tekst van a.", "Appels.")
                + post("b", "2007-10-02", "techniques: [zeldzaam]").replace("Tekst van b.", "Peren.")
                + post("c", "2007-10-03", "techniques: [overal]").replace("Tekst van c.", "Druiven.")
                + post("d", "2007-10-04", "techniques: [overal]").replace("Tekst van d.", "Bessen.")
                + post("e", "2007-10-05", "techniques: [niets]").replace("Tekst van e.", "Kiwi's.")).build();

        Document a = run.html("2007/10/a/index.html");
        List<String> related = a.select("#related a").eachText();
        assertEquals("b", related.get(0));
        assertTrue(!related.contains("a") && !related.contains("e"), related.toString());
        assertEquals(related.size(), related.stream().distinct().count());
    }

    @Test
    void termNamesAreEscapedEverywhere() {
        TestSite.Run run = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n"
                + post("a", "2007-10-01", "techniques: [\"<script>alert(1)</script>\"]\nseries: \"<b>vet</b>\"")).build();

        assertEquals(0, run.exitCode(), run.err());
        for (String page : List.of("2007/10/a/index.html", "techniques/index.html", "series/b-vet-b/index.html")) {
            Document html = run.html(page);
            assertTrue(html.select("script:not([type=application/ld+json])").isEmpty() && html.select("main b").isEmpty(), page);
        }
    }
}
