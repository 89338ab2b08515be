package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kist.testing.TestSite;

/** Every kind of bad input: an error at file:line:column, exit 1, and the previous site untouched. */
class ErrorsTest {
    @TempDir
    Path dir;

    private static final String GOOD_SITE = """
            -- kist.yaml --
            title: Blog
            -- content/posts/good.md --
            ---
            title: Good
            date: 2020-01-01
            ---
            Fine.
            """;

    static Stream<Arguments> badPosts() {
        return Stream.of(
                Arguments.of("invalid YAML", """
                        ---
                        title: "Unclosed
                        date: 2020-01-01
                        ---
                        """, "content/posts/bad.md:3:", "invalid YAML"),
                Arguments.of("missing title", """
                        ---
                        date: 2020-01-01
                        ---
                        Text.
                        """, "content/posts/bad.md:1:1: error: missing title", "title:"),
                Arguments.of("missing date", """
                        ---
                        title: No date
                        ---
                        Text.
                        """, "content/posts/bad.md:1:1: error: missing date", "date: 2007-10-03"),
                Arguments.of("invalid date", """
                        ---
                        title: Bad date
                        date: 3 oktober 2007
                        ---
                        """, "content/posts/bad.md:3:7: error: invalid date '3 oktober 2007'", "2007-10-03"),
                Arguments.of("date-time without offset", """
                        ---
                        title: Local time
                        date: 2007-10-03 14:30:00
                        ---
                        """, "content/posts/bad.md:3:7: error: invalid date", "+02:00"),
                Arguments.of("field of the wrong type", """
                        ---
                        title: Wrong type
                        date: 2020-01-01
                        techniques: 5
                        ---
                        """, "content/posts/bad.md:4:13: error: 'techniques' must be a list, not a number", "techniques: ["),
                Arguments.of("duplicate key", """
                        ---
                        title: One
                        date: 2020-01-01
                        title: Two
                        ---
                        """, "content/posts/bad.md:4:1: error: duplicate key 'title'", "line 2"),
                Arguments.of("invalid TOML", """
                        +++
                        title = "TOML"
                        date = 2020-01-01
                        tags = [unquoted]
                        +++
                        """, "content/posts/bad.md:4:", "invalid TOML"),
                Arguments.of("slug that leaves the site", """
                        ---
                        title: Escape
                        date: 2020-01-01
                        slug: ../../etc
                        ---
                        """, "content/posts/bad.md:4:7: error: slug '../../etc' is not one path segment", "slug:"),
                Arguments.of("alias that leaves the site", """
                        ---
                        title: Escape
                        date: 2020-01-01
                        aliases: ["/../../outside.html"]
                        ---
                        """, "content/posts/bad.md:4:1: error: alias '/../../outside.html' is not a path inside the site", "from the site root"),
                Arguments.of("no front matter", """
                        Just text.
                        """, "content/posts/bad.md:1:1: error: missing front matter", "---"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPosts")
    void badPostFailsWithAPositionedErrorAndLeavesTheSiteAsItWas(String name, String post, String expected, String hint)
            throws IOException {
        TestSite site = TestSite.write(dir, GOOD_SITE);
        TestSite.Run first = site.build();
        assertEquals(0, first.exitCode(), first.err());
        String before = snapshot(first.output());

        TestSite.Run second = site.file("content/posts/bad.md", post).build();

        assertEquals(1, second.exitCode(), second.err());
        assertTrue(second.err().contains(expected), "expected «" + expected + "» in:\n" + second.err());
        assertTrue(second.err().contains("hint: ") && second.err().contains(hint), "expected hint «" + hint + "» in:\n" + second.err());
        assertTrue(second.err().contains("site/ was left as it was") || second.err().contains("was left as it was"), second.err());
        assertEquals(before, snapshot(second.output()), "the previous site changed");
    }

    @Test
    void fileThatIsNotUtf8IsAnErrorAtTheFirstBadByte() {
        TestSite site = TestSite.write(dir, GOOD_SITE);
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2020-01-01\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        TestSite.Run run = site.bytes("content/posts/latin1.md", latin1).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/latin1.md:2:11: error: not valid UTF-8 (byte 0xE9)"), run.err());
    }

    @Test
    void twoSourcesWithTheSameUrlAreAnErrorNamingBoth() {
        TestSite.Run run = TestSite.write(dir, GOOD_SITE + """
                -- content/posts/2020/good.md --
                ---
                title: Also good
                date: 2020-01-05
                ---
                Same slug, same month.
                """).build();

        assertEquals(1, run.exitCode());
        // the file that sorts first keeps the URL, whatever order the file system lists them in
        assertTrue(run.err().contains("content/posts/good.md:1:1: error: URL /2020/01/good/ is also the URL of content/posts/2020/good.md"),
                run.err());
    }

    @Test
    void pageThatWouldOverwriteAGeneratedFileIsAnError() {
        TestSite.Run run = TestSite.write(dir, GOOD_SITE.replace("title: Blog", "title: Blog\npermalinks: {pages: \"/:slug.html\"}") + """
                -- content/pages/404.md --
                ---
                title: Mine
                ---
                Text.
                """).build();

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("writes 404.html, which"), run.err());
    }

    @Test
    void templateErrorNamesTheTemplateFileAndLine() {
        TestSite.Run run = TestSite.write(dir, GOOD_SITE + """
                -- templates/post.jte --
                @param kist.render.PostPage page
                <h1>${page.post().title()}</h1>
                <p>${page.post().noSuchMethod()}</p>
                """).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("templates/post.jte:3:1: error: template does not compile"), run.err());
    }

    @Test
    void badConfigurationIsAnErrorInKistYaml() {
        TestSite.Run run = TestSite.write(dir, GOOD_SITE.replace("title: Blog", "title: Blog\nbaseUrl: ftp://example.com\npaginate: many")).build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kist.yaml:2:10: error: baseUrl 'ftp://example.com' is not an http(s) address"), run.err());
        assertTrue(run.err().contains("kist.yaml:3:11: error: 'paginate' must be a whole number, not text"), run.err());
    }

    @Test
    void missingKistYamlSaysHowToStart() {
        TestSite.Run run = TestSite.write(dir, "-- content/posts/x.md --\n---\ntitle: X\ndate: 2020-01-01\n---\n").build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kist.yaml: error: no kist.yaml in"), run.err());
        assertTrue(run.err().contains("kist new site"), run.err());
    }

    /** Every file of a folder with its content, as one string to compare. */
    static String snapshot(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(root.relativize(file)).append('\n').append(new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
