package kist.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import kist.testing.TestSite;
import kist.testing.XmlSchemas;

/** The Atom feeds: valid RFC 4287, escaped by an XML writer, dated by the content, absolute everywhere. */
class FeedsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    private static final String THREE_POSTS = """
            -- kist.yaml --
            title: Trukendoos
            baseUrl: "https://example.nl/"
            language: nl
            author:
              name: Ger Heling
            -- content/posts/a.md --
            ---
            title: Find your why and fly
            date: 2007-10-03
            techniques: [anker]
            tags: [begin]
            ---
            Het begin.
            -- content/posts/b.md --
            ---
            title: Het anker
            date: 2007-10-10
            updated: 2008-02-01T09:30:00+01:00
            summary: Wie het eerste getal noemt, wint.
            techniques: [anker, SPIN]
            ---
            Over het eerste getal.
            -- content/posts/c.md --
            ---
            title: SPIN
            date: 2007-11-01T14:00:00+02:00
            techniques: [SPIN]
            ---
            Vier soorten vragen.
            """;

    @Test
    void theRepositorysOwnSiteHasValidFeeds() throws IOException {
        Path output = dir.resolve("site");
        TestSite.Run run = TestSite.write(dir.resolve("unused"), "")
                .run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), "build", "--no-cache", "--source", ".", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());

        List<Path> feeds = files(output, "feed.xml");
        assertTrue(feeds.size() >= 5, "the site feed and one per technique: " + feeds);
        for (Path feed : feeds) {
            XmlSchemas.assertValidAtom(output.relativize(feed).toString(), Files.readAllBytes(feed));
        }
        assertFalse(entries(XmlSchemas.parse("feed.xml", Files.readAllBytes(output.resolve("feed.xml")))).isEmpty());
    }

    @Test
    void theValidatorRejectsAnInvalidFeed() {
        // a feed without id, updated and author: if this passed, the checks above would prove nothing
        byte[] broken = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>".getBytes(StandardCharsets.UTF_8);
        assertThrows(AssertionFailedError.class, () -> XmlSchemas.assertValidAtom("broken.xml", broken));
    }

    @Test
    void idsAndDatesComeFromTheContentAndNotFromTheClock() throws IOException {
        TestSite site = TestSite.write(dir, THREE_POSTS);
        TestSite.Run first = site.build();
        assertEquals(0, first.exitCode(), first.err());
        byte[] feed = Files.readAllBytes(first.output().resolve("feed.xml"));
        byte[] anker = Files.readAllBytes(first.output().resolve("techniques/anker/feed.xml"));

        TestSite.Run second = site.run(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "build", "--source", dir.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertArrayEquals(feed, Files.readAllBytes(second.output().resolve("feed.xml")));
        assertArrayEquals(anker, Files.readAllBytes(second.output().resolve("techniques/anker/feed.xml")));

        XmlSchemas.assertValidAtom("feed.xml", feed);
        Document doc = XmlSchemas.parse("feed.xml", feed);
        Element root = doc.getDocumentElement();
        assertEquals("https://example.nl/feed.xml", child(root, "id"));
        // the newest change of any post: b's update, though c was published later
        assertEquals("2008-02-01T09:30:00+01:00", child(root, "updated"));
        assertEquals("Ger Heling", child(first(root, "author"), "name"));
        assertEquals("nl", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("https://example.nl/", link(root, "alternate"));
        assertEquals("https://example.nl/feed.xml", link(root, "self"));

        List<Element> entries = entries(doc);
        assertEquals(List.of("https://example.nl/2007/11/c/", "https://example.nl/2007/10/b/", "https://example.nl/2007/10/a/"),
                entries.stream().map(entry -> child(entry, "id")).toList(), "newest first, ids are the posts' addresses");
        assertEquals("2007-11-01T14:00:00+02:00", child(entries.get(0), "published"));
        assertEquals("2007-11-01T14:00:00+02:00", child(entries.get(0), "updated"));
        assertEquals("2007-10-10T00:00:00Z", child(entries.get(1), "published"));
        assertEquals("2008-02-01T09:30:00+01:00", child(entries.get(1), "updated"));
        assertEquals("2007-10-03T00:00:00Z", child(entries.get(2), "updated"), "a plain date is midnight UTC");
        assertEquals("https://example.nl/2007/10/b/", link(entries.get(1), "alternate"));
        assertEquals("Wie het eerste getal noemt, wint.", child(entries.get(1), "summary"));
        assertEquals("Het begin.", child(entries.get(2), "summary"), "without summary: the first paragraph as text");
        assertEquals("html", first(entries.get(1), "content").getAttribute("type"));
        assertEquals("<p>Over het eerste getal.</p>", child(entries.get(1), "content").strip());
        assertEquals(List.of("anker|https://example.nl/techniques/|anker", "spin|https://example.nl/techniques/|SPIN"),
                categories(entries.get(1)));
        assertEquals(List.of("anker|https://example.nl/techniques/|anker", "begin|https://example.nl/tags/|begin"),
                categories(entries.get(2)));
    }

    @Test
    void aTechniqueFeedListsOnlyThatTechniquesPosts() {
        TestSite.Run run = TestSite.write(dir, THREE_POSTS).build();
        assertEquals(0, run.exitCode(), run.err());

        byte[] anker = run.text("techniques/anker/feed.xml").getBytes(StandardCharsets.UTF_8);
        XmlSchemas.assertValidAtom("techniques/anker/feed.xml", anker);
        Element root = XmlSchemas.parse("anker", anker).getDocumentElement();
        assertEquals("https://example.nl/techniques/anker/feed.xml", child(root, "id"));
        assertEquals("anker – Trukendoos", child(root, "title"));
        assertEquals("https://example.nl/techniques/anker/", link(root, "alternate"));
        assertEquals("2008-02-01T09:30:00+01:00", child(root, "updated"));
        assertEquals(List.of("https://example.nl/2007/10/b/", "https://example.nl/2007/10/a/"),
                entries(root.getOwnerDocument()).stream().map(entry -> child(entry, "id")).toList());

        Document spin = XmlSchemas.parse("spin", run.text("techniques/spin/feed.xml").getBytes(StandardCharsets.UTF_8));
        // c is the newest post, but b, also about SPIN, changed later
        assertEquals("2008-02-01T09:30:00+01:00", child(spin.getDocumentElement(), "updated"));
        assertEquals(List.of("https://example.nl/2007/11/c/", "https://example.nl/2007/10/b/"),
                entries(spin).stream().map(entry -> child(entry, "id")).toList());
        assertFalse(run.exists("tags/begin/feed.xml"), "feeds are for techniques");
    }

    @Test
    void feedsHoldTheLatestTwentyPostsNewestFirst() {
        StringBuilder files = new StringBuilder("""
                -- kist.yaml --
                title: Blog
                baseUrl: https://example.org/
                language: en
                """);
        for (int day = 1; day <= 23; day++) {
            files.append("-- content/posts/post-").append(day).append(".md --\n---\ntitle: Post ").append(day)
                    .append("\ndate: 2020-01-").append(String.format(java.util.Locale.ROOT, "%02d", day))
                    .append("\ntechniques: [anker]\n---\nText ").append(day).append(".\n");
        }
        TestSite.Run run = TestSite.write(dir, files.toString()).build();
        assertEquals(0, run.exitCode(), run.err());

        for (String path : List.of("feed.xml", "techniques/anker/feed.xml")) {
            byte[] feed = run.text(path).getBytes(StandardCharsets.UTF_8);
            XmlSchemas.assertValidAtom(path, feed);
            List<Element> entries = entries(XmlSchemas.parse(path, feed));
            assertEquals(20, entries.size(), path);
            assertEquals("Post 23", child(entries.get(0), "title"), path);
            assertEquals("Post 4", child(entries.get(19), "title"), path);
        }
    }

    @Test
    void hostileTitlesSummariesAndNamesMakeWellFormedFeedsWithTheTextIntact() throws IOException {
        String title = "<script>alert(\"t\")</script> & \"quotes\" ]]> 'single'";
        String summary = "Sum <script>x</script> & ]]> \"q\"";
        String technique = "R&D <b>\"]]>";
        String siteTitle = "Tom & Jerry's <script>\"]]>";
        String author = "O'Brien & \"Sons\" <x>";
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: '%s'
                description: 'A & B <b>bold</b> ]]>'
                baseUrl: "https://example.org/"
                language: en
                author:
                  name: '%s'
                -- content/posts/hostile.md --
                ---
                title: '%s'
                date: 2020-01-02
                summary: '%s'
                techniques: ['%s']
                tags: ['<i>&amp;']
                ---
                Body with <!-- ]]> --> and <script>alert(1)</script> & more.
                """.formatted(yaml(siteTitle), yaml(author), yaml(title), yaml(summary), yaml(technique))).build();
        assertEquals(0, run.exitCode(), run.err());

        byte[] feed = run.text("feed.xml").getBytes(StandardCharsets.UTF_8);
        XmlSchemas.assertValidAtom("feed.xml", feed);
        Element root = XmlSchemas.parse("feed.xml", feed).getDocumentElement();
        assertEquals(siteTitle, child(root, "title"));
        assertEquals("A & B <b>bold</b> ]]>", child(root, "subtitle"));
        assertEquals(author, child(first(root, "author"), "name"));
        Element entry = entries(root.getOwnerDocument()).get(0);
        assertEquals(title, child(entry, "title"));
        assertEquals(summary, child(entry, "summary"));
        assertTrue(categories(entry).contains("r-d-b|https://example.org/techniques/|" + technique), categories(entry).toString());
        assertTrue(categories(entry).contains("i-amp|https://example.org/tags/|<i>&amp;"), categories(entry).toString());
        String content = child(entry, "content");
        assertTrue(content.contains("<!-- ]]> -->") && content.contains("<script>alert(1)</script>"), content);
        assertFalse(new String(feed, StandardCharsets.UTF_8).contains("]]>"), "escaped by the XML writer");

        List<Path> techniqueFeeds = files(run.output().resolve("techniques"), "feed.xml");
        assertEquals(1, techniqueFeeds.size(), techniqueFeeds.toString());
        byte[] techniqueFeed = Files.readAllBytes(techniqueFeeds.get(0));
        XmlSchemas.assertValidAtom("technique feed", techniqueFeed);
        assertEquals(technique + " – " + siteTitle, child(XmlSchemas.parse("technique feed", techniqueFeed).getDocumentElement(), "title"));

        org.jsoup.nodes.Document page = run.html("2020/01/hostile/index.html");
        assertEquals(siteTitle, page.selectFirst("link[type=application/atom+xml]").attr("title"));
    }

    @Test
    void aSiteUnderASubPathGetsAbsoluteAddressesEverywhere() {
        TestSite.Run run = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                baseUrl: "https://example.github.io/blog/"
                language: en
                -- content/posts/bundel/index.md --
                ---
                title: Bundel
                date: 2020-01-02
                techniques: [anker]
                ---
                ![Een foto](foto.svg) en [[Ander]] en [het pad](/2020/01/ander/) en een noot.[^1]

                ## Kop

                Tekst.

                [^1]: De noot.
                -- content/posts/bundel/foto.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>
                -- content/posts/ander.md --
                ---
                title: Ander
                date: 2020-01-01
                ---
                Het andere bericht.
                """).build();
        assertEquals(0, run.exitCode(), run.err());

        byte[] feed = run.text("feed.xml").getBytes(StandardCharsets.UTF_8);
        XmlSchemas.assertValidAtom("feed.xml", feed);
        Element root = XmlSchemas.parse("feed.xml", feed).getDocumentElement();
        assertEquals("https://example.github.io/blog/feed.xml", link(root, "self"));
        assertEquals("https://example.github.io/blog/", link(root, "alternate"));
        Element bundle = entries(root.getOwnerDocument()).get(0);
        assertEquals("https://example.github.io/blog/2020/01/bundel/", child(bundle, "id"));
        assertTrue(categories(bundle).contains("anker|https://example.github.io/blog/techniques/|anker"), categories(bundle).toString());

        org.jsoup.nodes.Document content = org.jsoup.Jsoup.parseBodyFragment(child(bundle, "content"));
        assertEquals("https://example.github.io/blog/2020/01/bundel/foto.svg", content.selectFirst("img").attr("src"));
        List<String> hrefs = content.select("a[href]").eachAttr("href");
        assertEquals(2, hrefs.stream().filter("https://example.github.io/blog/2020/01/ander/"::equals).count(), hrefs.toString());
        assertTrue(hrefs.stream().allMatch(href -> href.startsWith("https://example.github.io/blog/2020/01/")), hrefs.toString());
        assertTrue(content.select("a.anchor").isEmpty(), "heading anchors stay on the page");

        assertEquals("/blog/feed.xml", run.html("index.html").selectFirst("link[type=application/atom+xml]").attr("href"));
        assertEquals(List.of("/blog/feed.xml", "/blog/techniques/anker/feed.xml"),
                run.html("techniques/anker/index.html").select("link[type=application/atom+xml]").eachAttr("href"));
    }

    @Test
    void everyPageLinksTheSiteFeedAndATechniquePageItsOwn() throws IOException {
        TestSite.Run run = TestSite.write(dir, THREE_POSTS).build();
        assertEquals(0, run.exitCode(), run.err());

        List<Path> pages = files(run.output(), ".html");
        assertTrue(pages.size() > 5, pages.toString());
        for (Path page : pages) {
            String path = run.output().relativize(page).toString().replace('\\', '/');
            List<String> feeds = run.html(path).select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href");
            List<String> expected = path.startsWith("techniques/") && !path.equals("techniques/index.html")
                    ? List.of("/feed.xml", "/" + path.replace("index.html", "feed.xml"))
                    : List.of("/feed.xml");
            assertEquals(expected, feeds, path);
        }
        assertEquals("anker – Trukendoos", run.html("techniques/anker/index.html")
                .select("link[type=application/atom+xml]").get(1).attr("title"));
    }

    @Test
    void aSiteWithoutAnAbsoluteBaseUrlHasNoFeeds() {
        TestSite.Run run = TestSite.write(dir, THREE_POSTS.replace("baseUrl: \"https://example.nl/\"\n", "")).build();
        assertEquals(0, run.exitCode(), run.err());

        assertFalse(run.exists("feed.xml"));
        assertFalse(run.exists("techniques/anker/feed.xml"));
        assertTrue(run.html("index.html").select("link[type=application/atom+xml]").isEmpty());
        assertTrue(run.html("techniques/anker/index.html").select("link[type=application/atom+xml]").isEmpty());
    }

    private static String yaml(String text) {
        return text.replace("'", "''");
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<Element> entries(Document doc) {
        return elements(doc.getDocumentElement().getElementsByTagNameNS(ATOM, "entry"));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The first child element of that name (not a descendant further down). */
    private static Element first(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionFailedError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static String child(Element parent, String name) {
        return first(parent, name).getTextContent();
    }

    private static String link(Element parent, String rel) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "link".equals(element.getLocalName()) && rel.equals(element.getAttribute("rel"))) {
                return element.getAttribute("href");
            }
        }
        throw new AssertionFailedError("no <link rel=" + rel + "> in <" + parent.getLocalName() + ">");
    }

    private static List<String> categories(Element entry) {
        List<String> found = new ArrayList<>();
        for (org.w3c.dom.Node node = entry.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "category".equals(element.getLocalName())) {
                found.add(element.getAttribute("term") + "|" + element.getAttribute("scheme") + "|" + element.getAttribute("label"));
            }
        }
        return found;
    }
}
