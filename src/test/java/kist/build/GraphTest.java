package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** The map: the whole site on its own page, and each technique's neighbourhood on its page. */
class GraphTest {
    @TempDir
    Path dir;

    private static String post(String slug, String date, String front, String body) {
        return "-- content/posts/" + slug + ".md --\n---\ntitle: \"" + slug + "\"\ndate: " + date + "\n" + front + "\n---\n" + body + "\n";
    }

    private static final String SITE = """
            -- kist.yaml --
            title: Blog
            language: nl
            graph: {path: /kaart/}
            taxonomies:
              techniques: {path: /technieken/}
            -- content/pages/over.md --
            ---
            title: Over mij
            ---
            Ik schrijf.
            """
            + post("een", "2007-10-01", "techniques: [anker, SPIN]", "Over het anker.")
            + post("twee", "2007-10-02", "techniques: [anker]", "Zie [[een]].")
            + post("drie", "2007-10-03", "techniques: [Käser]", "Alleen Käser, en [[Over mij]].")
            + post("vier", "2007-10-04", "techniques: [SPIN]", "Zonder anker.")
            + post("vijf", "2007-10-05", "", "Niets.");

    @Test
    void theMapPageLinksEveryPostAndTechniqueAndDrawsTheirEdges() {
        TestSite.Run run = TestSite.write(dir, SITE).build();
        assertEquals(0, run.exitCode(), run.err());

        Document map = run.html("kaart/index.html");
        assertEquals("Kaart", map.selectFirst("main h1").text());
        Element svg = map.selectFirst("main figure svg");
        assertNotNull(svg);
        assertEquals(Set.of("/technieken/anker/", "/technieken/spin/", "/technieken/kaser/"), hrefs(svg, "a.graph-technique"));
        assertEquals(Set.of("/2007/10/een/", "/2007/10/twee/", "/2007/10/drie/", "/2007/10/vier/", "/2007/10/vijf/"),
                hrefs(svg, "a.graph-post"));
        // a page is on the map only when something links it
        assertEquals(Set.of("/over/"), hrefs(svg, "a.graph-page"));
        assertEquals("een (bericht)", svg.selectFirst("a[href=/2007/10/een/] > title").text());

        assertEquals(Set.of(
                        "carries /2007/10/een/ /technieken/anker/", "carries /2007/10/een/ /technieken/spin/",
                        "carries /2007/10/twee/ /technieken/anker/", "carries /2007/10/drie/ /technieken/kaser/",
                        "carries /2007/10/vier/ /technieken/spin/",
                        "links /2007/10/een/ /2007/10/twee/", "links /2007/10/drie/ /over/"),
                edges(svg));

        // the same links as a list for screen readers, and the drawing named for them
        assertEquals(9, map.select(".graph-list a").size());
        assertEquals("Kaart van Blog", svg.selectFirst("title").text());
        assertEquals(svg.selectFirst("title").id(), svg.attr("aria-labelledby"));
        // the menu may point at it, and the build checks links to it like any path
        assertTrue(run.exists("kaart/index.html"));
    }

    @Test
    void aTechniquePageShowsItsPostsAndTheTechniquesTheyShareButNothingUnrelated() {
        TestSite.Run run = TestSite.write(dir, SITE).build();
        assertEquals(0, run.exitCode(), run.err());

        Element anker = run.html("technieken/anker/index.html").selectFirst("section#graph");
        assertNotNull(anker);
        assertEquals("Verbanden rond anker", anker.selectFirst("h2").text());
        Element svg = anker.selectFirst("svg.graph-svg");
        assertEquals(Set.of("/technieken/anker/", "/technieken/spin/"), hrefs(svg, "a.graph-technique"));
        assertEquals(Set.of("/2007/10/een/", "/2007/10/twee/"), hrefs(svg, "a.graph-post"));
        assertEquals("/technieken/anker/", svg.selectFirst("a.graph-focus").attr("href"));
        assertEquals(Set.of("carries /2007/10/een/ /technieken/anker/", "carries /2007/10/een/ /technieken/spin/",
                "carries /2007/10/twee/ /technieken/anker/", "links /2007/10/een/ /2007/10/twee/"), edges(svg));

        // SPIN: een and vier, and anker through een; not Käser, drie, twee or vijf
        Element spin = run.html("technieken/spin/index.html").selectFirst("section#graph svg");
        assertEquals(Set.of("/technieken/spin/", "/technieken/anker/", "/2007/10/een/", "/2007/10/vier/"),
                hrefs(spin, "a.graph-node"));
        // one post and nothing else is no map
        assertTrue(run.html("technieken/kaser/index.html").select("#graph").isEmpty());
        // tags get none
        assertTrue(run.html("technieken/index.html").select("#graph").isEmpty());
    }

    @Test
    void nodesLinkUnderTheSitesRootPath() {
        TestSite.Run run = TestSite.write(dir, SITE).build("--base-url", "https://example.com/blog/");
        assertEquals(0, run.exitCode(), run.err());

        Element svg = run.html("kaart/index.html").selectFirst("main svg");
        assertTrue(hrefs(svg, "a.graph-node").stream().allMatch(href -> href.startsWith("/blog/")), hrefs(svg, "a").toString());
        assertTrue(hrefs(svg, "a.graph-node").contains("/blog/technieken/anker/"));
    }

    @Test
    void twoBuildsDrawTheSameBytes() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run first = site.build();
        String map = first.text("kaart/index.html");
        String anker = first.text("technieken/anker/index.html");
        TestSite.Run second = site.build();

        assertEquals(map, second.text("kaart/index.html"));
        assertEquals(anker, second.text("technieken/anker/index.html"));
        // coordinates are written with at most one decimal, and never in exponent notation
        String svg = svg(map);
        assertFalse(Pattern.compile("\"-?\\d+\\.\\d{2,}|\\d[eE]-?\\d").matcher(svg).find(), svg);
        assertTrue(Pattern.compile("x1=\"\\d+(\\.\\d)?\"").matcher(svg).find(), svg);
    }

    @Test
    void hostileTitlesAreEscapedAndTheDrawingIsWellFormedXml() throws Exception {
        String hostile = "Kijk <script>alert(1)</script> & \\\"quotes\\\" ]]> 'en' meer";
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: "Blog <script>x</script>"
                graph: {path: /kaart/}
                -- content/techniques/anker.md --
                ---
                title: "Het <b>anker</b> & co"
                ---
                Uitleg.
                """
                + post("a", "2007-10-01", "techniques: [anker]", "Tekst.").replace("title: \"a\"", "title: \"" + hostile + "\"")
                + post("b", "2007-10-02", "techniques: [anker]", "Zie [[a]].")
                + post("c", "2007-10-03", "techniques: [anker]", "Nog een.")).build();
        assertEquals(0, run.exitCode(), run.err());

        for (String page : List.of("kaart/index.html", "techniques/anker/index.html")) {
            String text = run.text(page);
            Document html = run.html(page);
            assertTrue(html.select("script:not([type=application/ld+json])").isEmpty(), page);
            assertTrue(html.select("svg b").isEmpty(), page);
            // the full title is the node's accessible name; the label is cut short
            Element node = html.selectFirst("svg a.graph-post[href=/2007/10/a/]");
            assertNotNull(node, page);
            assertEquals("Kijk <script>alert(1)</script> & \"quotes\" ]]> 'en' meer (post)", node.selectFirst("title").text());
            assertEquals("Kijk <script>alert(1…", node.selectFirst("text").text());
            assertEquals("Het <b>anker</b> & co (technique)", html.selectFirst("svg a.graph-technique > title").text());
            // the drawing is XML on its own: another tool may take it out of the page
            org.w3c.dom.Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg(text).getBytes(StandardCharsets.UTF_8)));
            assertEquals("http://www.w3.org/2000/svg", xml.getDocumentElement().getNamespaceURI());
            assertEquals(0, xml.getElementsByTagName("script").getLength());
        }
    }

    @Test
    void aBigSiteIsCappedToItsMostLinkedNodesAndSaysSo() {
        StringBuilder files = new StringBuilder("-- kist.yaml --\ntitle: Blog\nlanguage: en\npaginate: 500\n");
        for (int i = 0; i < 260; i++) {
            String slug = String.format(java.util.Locale.ROOT, "p%03d", i);
            // p000 is linked from every tenth post, so it is among the most linked
            files.append(post(slug, "2007-10-01", "techniques: [t" + (i % 5) + "]", i % 10 == 1 ? "See [[p000]]." : "Text."));
        }
        TestSite.Run run = TestSite.write(dir, files.toString()).build();
        assertEquals(0, run.exitCode(), run.err());

        Document map = run.html("graph/index.html");
        assertEquals(200, map.select("main svg a.graph-node").size());
        assertEquals(200, map.select(".graph-list a").size());
        assertEquals("The map shows 200 of 265 points.", map.selectFirst(".graph-omitted").text());
        assertEquals(5, map.select("main svg a.graph-technique").size());
        // labels for the techniques and the most linked posts only; every node keeps its title
        assertEquals(5, map.select("main svg a.graph-technique > text").size());
        assertEquals(50, map.select("main svg a.graph-post > text").size());
        assertEquals(200, map.select("main svg a.graph-node > title").size());
        assertEquals("p000", map.selectFirst("main svg a.graph-post[href=/2007/10/p000/] > text").text());
    }

    @Test
    void aGraphPathThatIsNoFolderIsAnError() {
        TestSite.Run run = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\ngraph:\n  path: kaart\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kist.yaml:3:9: error: graph path 'kaart' is not a folder path"), run.err());
    }

    private static Set<String> hrefs(Element svg, String selector) {
        return new TreeSet<>(svg.select(selector).eachAttr("href"));
    }

    /** Each line as "join from to", its ends matched to the nodes drawn there, the two URLs sorted. */
    private static Set<String> edges(Element svg) {
        List<Object[]> centres = new ArrayList<>();
        for (Element node : svg.select("a.graph-node")) {
            Element mark = node.selectFirst(".graph-mark");
            double[] centre = switch (mark.tagName()) {
                case "circle" -> new double[] {number(mark, "cx"), number(mark, "cy")};
                case "rect" -> new double[] {number(mark, "x") + number(mark, "width") / 2, number(mark, "y") + number(mark, "height") / 2};
                default -> new double[] {Double.parseDouble(mark.attr("points").split("[ ,]")[0]),
                        Double.parseDouble(mark.attr("points").split("[ ,]")[3])};
            };
            centres.add(new Object[] {centre, node.attr("href")});
        }
        Set<String> edges = new TreeSet<>();
        for (Element line : svg.select("line.graph-edge")) {
            String join = line.hasClass("graph-carries") ? "carries" : "links";
            String a = at(centres, line.attr("x1"), line.attr("y1"));
            String b = at(centres, line.attr("x2"), line.attr("y2"));
            edges.add(join + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a));
        }
        return edges;
    }

    private static String at(List<Object[]> centres, String x, String y) {
        return centres.stream().filter(c -> Math.abs(((double[]) c[0])[0] - Double.parseDouble(x)) < 0.15
                        && Math.abs(((double[]) c[0])[1] - Double.parseDouble(y)) < 0.15)
                .map(c -> (String) c[1]).findFirst().orElseThrow(() -> new AssertionError("no node at " + x + "," + y));
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }

    private static String svg(String page) {
        int start = page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph-svg\"");
        return page.substring(start, page.indexOf("</svg>", start) + "</svg>".length());
    }
}
