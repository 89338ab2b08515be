package kist.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    private Document body(String markdown) {
        return parse(renderer.render(markdown).html());
    }

    @Test
    void defaults() {
        assertEquals(new MarkdownOptions(RawHtml.PASS, 4), MarkdownOptions.defaults());
        assertThrows(IllegalArgumentException.class, () -> new MarkdownOptions(RawHtml.PASS, -1));
        assertThrows(NullPointerException.class, () -> new MarkdownOptions(null, 4));
    }

    @Test
    void commonMark() {
        Document doc = body("Een *nadruk* en **sterk** met [link](https://example.nl/).\n\n> citaat\n\n1. een\n2. twee\n");
        assertEquals("nadruk", doc.selectFirst("p em").text());
        assertEquals("sterk", doc.selectFirst("p strong").text());
        assertEquals("https://example.nl/", doc.selectFirst("p a").attr("href"));
        assertEquals("citaat", doc.selectFirst("blockquote p").text());
        assertEquals(2, doc.select("ol > li").size());
    }

    @Test
    void gfmTable() {
        Document doc = body("| Naam | Aantal |\n|------|-------:|\n| appel | 3 |\n| peer | 12 |\n");
        assertEquals(List.of("Naam", "Aantal"), doc.select("table thead th").eachText());
        Elements rows = doc.select("table tbody tr");
        assertEquals(2, rows.size());
        assertEquals(List.of("peer", "12"), rows.get(1).select("td").eachText());
        // as a style: HTML made the align attribute obsolete
        assertEquals("text-align: right", rows.get(1).select("td").get(1).attr("style"), rows.get(1).outerHtml());
        assertFalse(rows.get(1).select("td").get(1).hasAttr("align"), rows.get(1).outerHtml());
    }

    @Test
    void strikethrough() {
        Element del = body("Dit is ~~fout~~ goed.").selectFirst("p del");
        assertNotNull(del);
        assertEquals("fout", del.text());
    }

    @Test
    void bareUrlsBecomeLinks() {
        Element a = body("Zie https://example.com/pad?x=1 voor meer.").selectFirst("p a");
        assertNotNull(a);
        assertEquals("https://example.com/pad?x=1", a.attr("href"));
        assertEquals("https://example.com/pad?x=1", a.text());
    }

    @Test
    void taskList() {
        Document doc = body("- [x] klaar\n- [ ] nog doen\n");
        Elements boxes = doc.select("li input[type=checkbox]");
        assertEquals(2, boxes.size());
        assertTrue(boxes.get(0).hasAttr("checked"));
        assertFalse(boxes.get(1).hasAttr("checked"));
        // the Nu HTML checker rejects readonly on a checkbox
        assertFalse(boxes.get(0).hasAttr("readonly"));
        assertEquals(List.of("klaar", "nog doen"), doc.select("li").eachText());
    }

    @Test
    void footnotes() {
        Document doc = body("Tekst met noot.[^1]\n\n[^1]: De noot.\n");
        Element ref = doc.selectFirst("p sup a");
        assertNotNull(ref);
        String target = ref.attr("href");
        assertTrue(target.startsWith("#"), target);
        Element note = doc.getElementById(target.substring(1));
        assertNotNull(note, doc.html());
        assertTrue(note.text().contains("De noot."), note.text());
    }

    @Test
    void definitionList() {
        Document doc = body("Hypotheek\n: Lening met het huis als onderpand\n");
        assertEquals("Hypotheek", doc.selectFirst("dl > dt").text());
        assertEquals("Lening met het huis als onderpand", doc.selectFirst("dl > dd").text());
    }

    @Test
    void fencedCodeGetsLanguageClass() {
        Element code = body("```java\nint x = 1;\n```\n").selectFirst("pre > code");
        assertNotNull(code);
        assertEquals("language-java", code.className());
        assertEquals("int x = 1;\n", code.wholeText());
    }

    @Test
    void headingsGetUniqueGithubStyleIdsAndAnchors() {
        RenderedMarkdown rendered = renderer.render("# Intro\n\n## Intro\n\n## Over Ons & Meer\n\n### Intro\n");
        assertEquals(List.of(
                new Heading(1, "Intro", "intro"),
                new Heading(2, "Intro", "intro-1"),
                new Heading(2, "Over Ons & Meer", "over-ons--meer"),
                new Heading(3, "Intro", "intro-2")), rendered.headings());

        Document doc = parse(rendered.html());
        Elements headings = doc.select("h1, h2, h3");
        assertEquals(List.of("intro", "intro-1", "over-ons--meer", "intro-2"), headings.eachAttr("id"));
        for (Element heading : headings) {
            Element anchor = heading.selectFirst("a.anchor");
            assertNotNull(anchor, heading.outerHtml());
            assertEquals("#" + heading.id(), anchor.attr("href"));
            assertEquals("true", anchor.attr("aria-hidden"));
            assertFalse(anchor.text().isBlank(), "a link needs text for validators");
            // the anchor follows the heading's own text
            assertEquals(heading.childNode(heading.childNodeSize() - 1), anchor);
        }
    }

    @Test
    void headingIdsComeFromPlainText() {
        RenderedMarkdown rendered = renderer.render("## Het *grote* `plan` van [ons](https://x.nl)\n");
        assertEquals(new Heading(2, "Het grote plan van ons", "het-grote-plan-van-ons"), rendered.headings().get(0));
    }

    @Test
    void tocBelowThresholdIsEmpty() {
        RenderedMarkdown rendered = renderer.render("## A\n\n## B\n\n### C\n\n# D\n\n#### E\n");
        assertEquals("", rendered.tocHtml());
    }

    @Test
    void tocFromThresholdIsNestedList() {
        RenderedMarkdown rendered = renderer.render("# Titel\n\n## A\n\n### A1\n\n### A2\n\n#### diep\n\n## B\n\n### B1\n");
        Document toc = parse(rendered.tocHtml());
        Element top = toc.body().child(0);
        assertEquals("ul", top.tagName());
        assertEquals(1, toc.body().childrenSize());
        Elements items = top.children();
        assertEquals(2, items.size());
        assertEquals("#a", items.get(0).child(0).attr("href"));
        assertEquals(List.of("#a1", "#a2"), items.get(0).select("> ul > li > a").eachAttr("href"));
        assertEquals("#b", items.get(1).child(0).attr("href"));
        assertEquals(List.of("#b1"), items.get(1).select("> ul > li > a").eachAttr("href"));
        assertTrue(toc.select("a[href=#titel], a[href=#diep]").isEmpty(), rendered.tocHtml());
        // every toc link points at a heading that exists
        Document doc = parse(rendered.html());
        for (String href : toc.select("a").eachAttr("href")) {
            assertNotNull(doc.getElementById(href.substring(1)), href);
        }
    }

    @Test
    void tocThresholdIsConfigurable() {
        MarkdownRenderer eager = new MarkdownRenderer(new MarkdownOptions(RawHtml.PASS, 1));
        assertEquals("<ul>\n<li><a href=\"#enige\">Enige</a></li>\n</ul>\n", eager.render("## Enige\n").tocHtml());
        assertEquals("", eager.render("# Alleen h1\n").tocHtml());
    }

    @Test
    void tocWithH3BeforeAnyH2StaysWellFormed() {
        MarkdownRenderer eager = new MarkdownRenderer(new MarkdownOptions(RawHtml.PASS, 1));
        String toc = eager.render("### Los\n\n## A\n\n### A1\n").tocHtml();
        Document doc = parse(toc);
        assertEquals(List.of("#los", "#a"), doc.select("body > ul > li > a").eachAttr("href"));
        assertEquals(List.of("#a1"), doc.select("body > ul > li > ul > li > a").eachAttr("href"));
        assertTrue(doc.select("li").stream().allMatch(li -> li.selectFirst("> a") != null), toc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!--more-->", "<!-- more -->", "<!--  more  -->"})
    void moreMarkerMakesTheSummary(String marker) {
        RenderedMarkdown rendered = renderer.render("Eerste alinea.\n\nTweede alinea.\n\n" + marker + "\n\nDerde alinea.\n");
        assertTrue(rendered.summaryFromMoreMarker());
        assertEquals(List.of("Eerste alinea.", "Tweede alinea."), parse(rendered.summaryHtml()).select("p").eachText());
        Document doc = parse(rendered.html());
        assertEquals(List.of("Eerste alinea.", "Tweede alinea.", "Derde alinea."), doc.select("p").eachText());
        assertFalse(doc.text().contains("more"), doc.text());
        assertFalse(rendered.html().contains("kist-more"), rendered.html());
    }

    @Test
    void moreMarkerNeverShowsWhenHtmlIsEscaped() {
        MarkdownRenderer escaping = new MarkdownRenderer(new MarkdownOptions(RawHtml.ESCAPE, 4));
        RenderedMarkdown rendered = escaping.render("Voor.\n\n<!--more-->\n\nNa.\n");
        assertTrue(rendered.summaryFromMoreMarker());
        assertEquals("<p>Voor.</p>\n", rendered.summaryHtml());
        assertEquals("<p>Voor.</p>\n<p>Na.</p>\n", rendered.html());
    }

    @Test
    void moreMarkerInterruptingAParagraphCounts() {
        RenderedMarkdown rendered = renderer.render("Voor.\n<!--more-->\nNa.\n");
        assertTrue(rendered.summaryFromMoreMarker());
        assertEquals("Voor.", parse(rendered.summaryHtml()).text());
    }

    @Test
    void moreMarkerInsideCodeIsNoMarker() {
        RenderedMarkdown rendered = renderer.render("Voor.\n\n```\n<!--more-->\n```\n\nNa.\n");
        assertFalse(rendered.summaryFromMoreMarker());
        assertEquals("<p>Voor.</p>\n", rendered.summaryHtml());
        assertEquals("<!--more-->\n", parse(rendered.html()).selectFirst("pre code").wholeText());
    }

    @Test
    void withoutMarkerTheSummaryIsTheFirstParagraph() {
        RenderedMarkdown rendered = renderer.render("# Titel\n\n- een lijst\n\nDe *eerste* alinea.\n\nDe tweede.\n");
        assertFalse(rendered.summaryFromMoreMarker());
        assertEquals("<p>De <em>eerste</em> alinea.</p>\n", rendered.summaryHtml());
    }

    @Test
    void withoutParagraphTheSummaryIsEmpty() {
        RenderedMarkdown rendered = renderer.render("# Alleen een kop\n\n```\ncode\n```\n");
        assertFalse(rendered.summaryFromMoreMarker());
        assertEquals("", rendered.summaryHtml());
    }

    @Test
    void rawHtmlPasses() {
        Document doc = body("<div class=\"kader\">\n<p>blok</p>\n</div>\n\nEen <kbd>Ctrl</kbd> toets.\n");
        assertEquals("blok", doc.selectFirst("div.kader > p").text());
        assertEquals("Ctrl", doc.selectFirst("p kbd").text());
    }

    @Test
    void rawHtmlEscaped() {
        MarkdownRenderer escaping = new MarkdownRenderer(new MarkdownOptions(RawHtml.ESCAPE, 4));
        String html = escaping.render("<div class=\"kader\">blok</div>\n\nEen <kbd>Ctrl</kbd> en <script>alert(1)</script>.\n").html();
        Document doc = parse(html);
        assertTrue(doc.select("div, kbd, script").isEmpty(), html);
        assertTrue(doc.text().contains("<kbd>Ctrl</kbd>"), doc.text());
        assertTrue(doc.text().contains("<div class=\"kader\">"), doc.text());
    }

    @Test
    void plainTextHasNoMarkup() {
        RenderedMarkdown rendered = renderer.render("""
                # Titel

                Een *zin* met [een link](https://x.nl) en `code`.
                Zelfde alinea.

                <div>rauw</div>

                - punt een
                - punt twee

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertEquals("Titel\n\nEen zin met een link en code. Zelfde alinea.\n\npunt een\n\npunt twee\n\na b\n1 2",
                rendered.plainText());
    }

    @Test
    void outputIsDeterministic() {
        String markdown = "# A\n\n## B\n\n## B\n\n### C\n\n## D\n\nTekst 'ie -- \"x\".[^n]\n\n<!--more-->\n\n[^n]: noot\n";
        RenderedMarkdown first = renderer.render(markdown);
        RenderedMarkdown second = new MarkdownRenderer(MarkdownOptions.defaults()).render(markdown);
        assertEquals(first, second);
    }

    @Test
    void headingsListIsImmutable() {
        RenderedMarkdown rendered = renderer.render("## A\n");
        assertThrows(UnsupportedOperationException.class, () -> rendered.headings().add(new Heading(2, "x", "x")));
    }

    @Test
    void summaryStandsOnItsOwnWithoutIdsFootnoteReferencesOrSelfLinks() {
        RenderedMarkdown rendered = renderer.render("## Kort\n\nEerste alinea.[^1]\n\n<!--more-->\n\nRest.\n\n[^1]: Noot.\n");

        Document summary = parse(rendered.summaryHtml());
        assertEquals("Kort", summary.selectFirst("h2").text());
        assertEquals("Eerste alinea.", summary.selectFirst("p").text());
        assertTrue(summary.select("[id], sup, a").isEmpty(), rendered.summaryHtml());
        // the post itself keeps them
        assertFalse(parse(rendered.html()).select("h2[id] a.anchor, sup[id] a.footnote-ref").isEmpty(), rendered.html());
    }
}
