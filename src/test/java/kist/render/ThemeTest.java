package kist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

class ThemeTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Blog
            language: nl
            -- content/posts/post.md --
            ---
            title: Post
            date: 2020-01-01
            ---
            Tekst.

            Meer tekst.
            """;

    @Test
    void siteWithoutTemplatesUsesThePrecompiledThemeAndCompilesNothing() {
        TestSite.Run run = TestSite.write(dir, SITE).build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.html("2020/01/post/index.html").selectFirst("link[rel=stylesheet]") != null);
        assertFalse(Files.exists(dir.resolve(".kist/templates")), "nothing compiled for the built-in theme");
    }

    @Test
    void changedTemplateTakesEffectAtTheNextBuildAndUnchangedTemplatesAreNotCompiledAgain() throws IOException {
        TestSite site = TestSite.write(dir, SITE + """
                -- templates/post.jte --
                @param kist.render.PostPage page
                <p id="version">one ${page.post().title()}</p>
                """);

        TestSite.Run first = site.build();
        assertEquals("one Post", first.html("2020/01/post/index.html").getElementById("version").text());
        List<Path> compiled = compiledThemes();
        assertEquals(1, compiled.size());
        Path marker = compiled.get(0).resolve(".complete");
        var compiledAt = Files.getLastModifiedTime(marker);

        TestSite.Run second = site.build();
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(List.of(compiled.get(0)), compiledThemes(), "unchanged templates are loaded, not compiled");
        assertEquals(compiledAt, Files.getLastModifiedTime(marker));

        site.file("templates/post.jte", """
                @param kist.render.PostPage page
                <p id="version">two ${page.post().title()}</p>
                """);
        TestSite.Run third = site.build();
        assertEquals("two Post", third.html("2020/01/post/index.html").getElementById("version").text());
        assertEquals(2, compiledThemes().size());
        // the templates it did not override still come from the built-in theme
        assertEquals("Blog", third.html("index.html").selectFirst("main h1").text());
    }

    @Test
    void siteStringsOverrideTheBuiltInOnes() {
        TestSite.Run run = TestSite.write(dir, SITE + """
                -- templates/i18n/nl.yaml --
                list:
                  readMore: "Verder lezen »"
                """).build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.html("index.html").selectFirst(".read-more").text().startsWith("Verder lezen »"));
        assertEquals("Naar de inhoud", run.html("index.html").selectFirst(".skip-link").text());
    }

    private List<Path> compiledThemes() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve(".kist/templates"))) {
            return list.filter(path -> !path.getFileName().toString().contains(".tmp-")).sorted().toList();
        }
    }
}
