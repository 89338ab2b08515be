package kist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

class BloggerImportTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            # my blog, moved home from Blogger
            title: "No Calls"
            baseUrl: "https://nocalls.example/"
            language: nl
            taxonomies:
              tags:
                path: "/labels/"   # Dutch
            redirects:
              # the old RSS address
              "/rss.xml": "/feed.xml"
            paginate: 10
            -- content/techniques/kaser.md --
            ---
            title: "Käser"
            aliases: [kaeser]
            ---
            De methode Käser.
            """;

    private TestSite.Run importBlog(TestSite site, String export, String... options) {
        site.file("blog-10-03-2007.xml", export);
        String[] args = Stream.concat(Stream.of("import", "blogger", site.root().resolve("blog-10-03-2007.xml").toString(),
                "--source", site.root().toString()), Stream.of(options)).toArray(String[]::new);
        return site.run(Map.of(), args);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void importsPostsDraftsPagesAndCommentsAndTheSiteBuilds() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run imported = importBlog(site, BloggerExports.blog());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("kist: imported 3 posts, 1 draft, 1 page, 3 comments, 3 labels; 6 files written, 0 skipped"),
                imported.out());

        Path posts = dir.resolve("content/posts");
        String why = read(posts.resolve("find-your-why-and-fly.md"));
        assertTrue(why.startsWith("---\ntitle: Find your why and fly\ndate: 2007-10-03T14:30:00+02:00\n"), why);
        assertTrue(why.contains("techniques:\n  - Käser\ntags:\n  - sales tips\n  - 営業\n"), why);
        assertTrue(why.contains("aliases:\n  - /2007/10/find-your-why-and-fly.html\n"), why);
        assertTrue(why.contains("url: http://nocalls.blogspot.com/2007/10/find-your-why-and-fly.html"), why);
        assertTrue(why.contains("Waarom verkoop je?\n\nOmdat het moet.\n\nCafé \\& co: \"zo\" \\<3"), why);
        assertTrue(why.contains("[het anker](/2007/10/het-anker/)"), "links between posts follow them: " + why);
        assertTrue(why.contains("[meer tips](/labels/sales-tips/)"), "label links go to the tag page: " + why);
        assertTrue(why.contains("[![Een anker](https://blogger.googleusercontent.com/img/b/abc/s320/anker.jpg)]"), why);
        assertTrue(why.contains("| Situatie | Feiten |"), "a plain table becomes Markdown: " + why);
        assertTrue(why.contains("<td colspan=\"2\">SPIN</td>"), "a table with merged cells stays HTML: " + why);
        assertTrue(why.contains("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/abc\""), why);

        String anchor = read(posts.resolve("het-anker.md"));
        assertTrue(anchor.contains("title: 'Het \"anker\": waarom het werkt'") || anchor.contains("title: \"Het \\\"anker\\\": waarom het werkt\""), anchor);
        assertTrue(anchor.contains("[het begin](/2007/10/find-your-why-and-fly/#top)"), anchor);
        String russian = read(posts.resolve("het-anker-2.md"));
        assertTrue(russian.contains("title: Продажи и якорь") && russian.contains("Якорь — это просто."), russian);
        String draft = read(posts.resolve("nog-niet-af-ideeen.md"));
        assertTrue(draft.contains("draft: true") && !draft.contains("aliases"), draft);
        assertTrue(read(dir.resolve("content/pages/over-mij.md")).contains("aliases:\n  - /p/over-mij.html"));

        String config = read(dir.resolve("kist.yaml"));
        assertTrue(config.startsWith(SITE.substring(SITE.indexOf('#'), SITE.indexOf("paginate"))), "the author's text stays: " + config);
        assertTrue(config.contains("  \"/rss.xml\": \"/feed.xml\"\n  \"/feeds/posts/default\": \"/feed.xml\"\n"), config);
        assertTrue(config.contains("  \"/search/label/K%C3%A4ser\": \"/techniques/kaser/\"\n"), config);
        assertTrue(config.contains("  \"/search/label/sales%20tips\": \"/labels/sales-tips/\"\n"), config);
        assertTrue(config.contains("  \"/search/label/%E5%96%B6%E6%A5%AD\": \"/labels/営業/\"\n"), config);
        assertTrue(config.endsWith("paginate: 10\n"), config);

        TestSite.Run built = site.build();
        assertEquals(0, built.exitCode(), built.err());
        assertFalse(built.err().contains("error"), built.err());
        String redirects = built.text("_redirects");
        assertTrue(redirects.contains("/2007/10/find-your-why-and-fly.html /2007/10/find-your-why-and-fly/ 301\n"), redirects);
        assertTrue(redirects.contains("/search/label/sales%20tips /labels/sales-tips/ 301\n"), redirects);
        assertTrue(redirects.contains("/p/over-mij.html /over-mij/ 301\n"), redirects);
        Document old = built.html("2007/10/find-your-why-and-fly.html");
        assertTrue(old.select("meta[http-equiv=refresh]").attr("content").contains("/2007/10/find-your-why-and-fly/"), old.html());
        assertTrue(built.exists("2007/11/het-anker-2/index.html"));
        assertTrue(built.exists("labels/sales-tips/index.html") && built.exists("techniques/kaser/index.html"));

        Document post = built.html("2007/10/find-your-why-and-fly/index.html");
        assertEquals("Jan", post.select("#comments > ol > li > .comment-meta .comment-author").text());
        assertEquals("Mooi stuk!\nGroet, Jan", post.select("#comments > ol > li > .comment-text").first().wholeText());
        assertEquals("Dank je, Jan & de rest.", post.select("#comments > ol > li > ol > li .comment-text").text());
        assertEquals("SPIN", post.select(".prose td[colspan=2]").text());
        assertEquals(1, post.select(".prose iframe[src=https://www.youtube.com/embed/abc]").size());
        assertEquals("/techniques/kaser/", post.select("#techniques a").attr("href"));
    }

    @Test
    void aMalformedExportFailsWithLineAndColumnAndWritesNothing() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        String export = BloggerExports.blog();
        TestSite.Run run = importBlog(site, export.substring(0, export.length() / 2));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().matches("(?s).*blog-10-03-2007\\.xml:1:\\d+: error: the export is not well-formed XML: .*"), run.err());
        assertFalse(Files.exists(dir.resolve("content/posts")));
        assertEquals(TestSite.parse(SITE).get("kist.yaml"), read(dir.resolve("kist.yaml")));

        TestSite.Run broken = importBlog(site, export.replace("<title type='text'>Find", "<title type='text'>Find<b>"));
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("blog-10-03-2007.xml:1:"), broken.err());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityExpands() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        String export = BloggerExports.blog().replace("<feed ", "\n<!DOCTYPE feed [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<feed ").replace("Omdat het moet.", "&x;");
        TestSite.Run run = importBlog(site, export);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().matches("(?s).*blog-10-03-2007\\.xml:2:\\d+: error: the export declares a DOCTYPE, which kist refuses.*"), run.err());
        assertFalse(Files.exists(dir.resolve("content/posts")));
    }

    @Test
    void dryRunPrintsWhatWouldBeWrittenAndWritesNothing() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        site.file("blog-10-03-2007.xml", BloggerExports.blog());
        Map<String, String> before = tree(dir);
        TestSite.Run run = importBlog(site, BloggerExports.blog(), "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("would write content/posts/find-your-why-and-fly.md\n"), run.out());
        assertTrue(run.out().contains("would update kist.yaml (4 redirects)"), run.out());
        assertTrue(run.out().contains("kist: would import 3 posts"), run.out());
        assertEquals(before, tree(dir));
    }

    @Test
    void existingFilesAreSkippedUnlessForced() throws IOException {
        TestSite site = TestSite.write(dir, SITE).file("content/posts/het-anker.md", "mine");
        TestSite.Run run = importBlog(site, BloggerExports.blog());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("mine", read(dir.resolve("content/posts/het-anker.md")));
        assertTrue(run.out().contains("skip content/posts/het-anker.md (it exists; --force replaces it)"), run.out());
        assertTrue(run.out().contains("5 files written, 1 skipped"), run.out());

        TestSite.Run again = importBlog(site, BloggerExports.blog());
        assertTrue(again.out().contains("0 files written, 5 skipped"), again.out());
        assertFalse(again.out().contains("kist.yaml"), "redirects already there are not added twice: " + again.out());

        TestSite.Run forced = importBlog(site, BloggerExports.blog(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(read(dir.resolve("content/posts/het-anker.md")).startsWith("---\ntitle:"));
    }

    @Test
    void theSameExportGivesTheSameFilesInTwoEmptySites() throws IOException {
        TestSite first = TestSite.write(dir.resolve("one"), "");
        TestSite second = TestSite.write(dir.resolve("two"), "");
        Files.createDirectories(first.root());
        Files.createDirectories(second.root());
        assertEquals(0, importBlog(first, BloggerExports.blog()).exitCode());
        assertEquals(0, importBlog(second, BloggerExports.blog()).exitCode());
        Map<String, String> one = tree(first.root());
        assertTrue(read(first.root().resolve("kist.yaml")).contains("title: \"No Calls & No Sales\""));
        assertTrue(one.size() > 5, one.keySet().toString());
        assertEquals(one, tree(second.root()));
        TestSite.Run built = first.build();
        assertEquals(0, built.exitCode(), built.err());
    }

    @Test
    void aTakeoutFeedIsImportedToo() throws IOException {
        String takeout = "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'"
                + " xmlns:blogger='http://schemas.google.com/blogger/2018'><id>tag:blogger.com,1999:blog-7</id><title>Takeout blog</title>"
                + "<entry><id>tag:blogger.com,1999:blog-7.post-1</id><blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>"
                + "<author><name>Ger</name></author><title>Het anker</title><content type='html'>&lt;p&gt;Anker.&lt;/p&gt;</content>"
                + "<published>2019-11-09T19:43:00.001Z</published><updated>2019-11-09T19:43:00.001Z</updated>"
                + "<category term='sales tips'/><blogger:filename>/2019/11/het-anker.html</blogger:filename></entry>"
                + "<entry><id>tag:blogger.com,1999:blog-7.post-2</id><blogger:type>POST</blogger:type><blogger:status>SOFT_TRASHED</blogger:status>"
                + "<title>Weg</title><content type='html'>x</content><published>2019-11-10T19:43:00Z</published>"
                + "<blogger:filename>/2019/11/weg.html</blogger:filename></entry>"
                + "<entry><id>tag:blogger.com,1999:blog-7.post-3</id><blogger:parent>tag:blogger.com,1999:blog-7.post-1</blogger:parent>"
                + "<blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status><author><name>Jan</name></author>"
                + "<content type='html'>Goed!</content><published>2019-11-10T08:00:00Z</published></entry>"
                + "<entry><id>tag:blogger.com,1999:blog-7.post-4</id><blogger:parent>tag:blogger.com,1999:blog-7.post-3</blogger:parent>"
                + "<blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status><author><name>Ger</name></author>"
                + "<content type='html'>Dank!</content><published>2019-11-10T09:00:00Z</published></entry></feed>";
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = importBlog(site, takeout);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("imported 1 post, 0 drafts, 0 pages, 2 comments, 1 label"), run.out());
        String post = read(dir.resolve("content/posts/het-anker.md"));
        assertTrue(post.contains("aliases:\n  - /2019/11/het-anker.html"), post);
        assertFalse(Files.exists(dir.resolve("content/posts/weg.md")));
        TestSite.Run built = site.build();
        assertEquals(0, built.exitCode(), built.err());
        assertEquals("Dank!", built.html("2019/11/het-anker/index.html").select("#comments li li .comment-text").text());
    }

    @Test
    void anAtomFeedThatIsNoBloggerExportFailsClearly() {
        String feed = "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>"
                + "<entry><id>1</id><title>Post</title><published>2019-11-09T19:43:00Z</published></entry></feed>";
        TestSite.Run run = importBlog(TestSite.write(dir, SITE), feed);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not a Blogger export") && run.err().contains("Back up content"), run.err());
        assertFalse(Files.exists(dir.resolve("content/posts")));
    }

    @Test
    void aMissingExportIsAUsageError() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(2, site.run(Map.of(), "import", "blogger", dir.resolve("nope.xml").toString(), "--source", dir.toString()).exitCode());
        assertEquals(2, site.run(Map.of(), "import", "blogger", "--images", "sometimes", "x.xml").exitCode());
    }

    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
