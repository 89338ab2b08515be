package kist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.content.Document;
import kist.content.FrontMatterParser;
import kist.content.SourceFile;
import kist.render.ThemeFiles;
import kist.testing.TestSite;

/** {@code kist new post} and {@code kist new site}, run in-process. */
class NewCommandTest {
    /** 2030-01-01T00:00:00Z */
    private static final Map<String, String> FIXED_DAY = Map.of("SOURCE_DATE_EPOCH", "1893456000");

    @TempDir
    Path dir;

    private TestSite site(String language) {
        return TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: %s
                """.formatted(language));
    }

    private static Document parsed(Path root, String path) throws IOException {
        SourceFile file = new SourceFile(path, Files.readString(root.resolve(path), StandardCharsets.UTF_8));
        return FrontMatterParser.parse(file, true, java.time.ZoneOffset.UTC).value().orElseThrow(() -> new AssertionError(
                FrontMatterParser.parse(file, true, java.time.ZoneOffset.UTC).diagnostics()));
    }

    @Test
    void aPostIsADraftDatedTodayWithItsTitleQuotedAsWritten() throws IOException {
        TestSite site = site("en");
        String title = "Käser: \"de\" #1 \\ 't anker";
        TestSite.Run run = site.run(FIXED_DAY, "new", "post", title, "--source", dir.toString(),
                "--techniques", "anker, rapport-blok", "--series", "De trukendoos: deel #1");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(dir.resolve("content/posts/kaser-de-1-t-anker.md") + System.lineSeparator(), run.out());
        Document post = parsed(dir, "content/posts/kaser-de-1-t-anker.md");
        assertEquals(title, post.frontMatter().title());
        assertEquals(LocalDate.of(2030, 1, 1), post.frontMatter().date().orElseThrow().day());
        assertTrue(post.frontMatter().draft());
        assertEquals(List.of("anker", "rapport-blok"), post.frontMatter().techniques());
        assertEquals(Optional.of("De trukendoos: deel #1"), post.frontMatter().series());
        assertTrue(post.body().startsWith("Write your post here."), post.body());
    }

    @Test
    void aDutchSiteGetsADutchPlaceholderAndTheDraftBuildsWithDrafts() {
        TestSite site = site("nl");
        TestSite.Run run = site.run(FIXED_DAY, "new", "post", "Het anker", "--source", dir.toString());
        assertEquals(0, run.exitCode(), run.err());

        TestSite.Run build = site.build("--drafts");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.html("2030/01/het-anker/index.html").select(".prose").text().startsWith("Schrijf hier je stuk."));
        assertFalse(site.build().exists("2030/01/het-anker/index.html"), "a draft stays out of a normal build");
    }

    @Test
    void anExistingPostIsNeverOverwritten() throws IOException {
        TestSite site = site("en").file("content/posts/het-anker.md", "mine");
        TestSite.Run run = site.run(FIXED_DAY, "new", "post", "Het Anker", "--source", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/het-anker.md exists already; nothing was changed"), run.err());
        assertEquals("mine", Files.readString(dir.resolve("content/posts/het-anker.md")));
        assertEquals("", run.out());

        site.file("content/posts/spin/index.md", "a bundle");
        TestSite.Run bundle = site.run(FIXED_DAY, "new", "post", "SPIN", "--source", dir.toString());
        assertEquals(1, bundle.exitCode());
        assertTrue(bundle.err().contains("content/posts/spin/index.md exists already"), bundle.err());
        assertFalse(Files.exists(dir.resolve("content/posts/spin.md")));
    }

    @Test
    void aTitleWithoutLettersGetsAStableFallbackName() {
        TestSite site = site("en");
        TestSite.Run run = site.run(FIXED_DAY, "new", "post", "!!!", "--source", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().strip().matches(".*content/posts/post-[0-9a-f]{8}\\.md"), run.out());
    }

    @Test
    void aFolderWithoutKistYamlIsRefused() {
        TestSite.Run run = TestSite.write(dir, "-- notes.txt --\nx\n")
                .run(FIXED_DAY, "new", "post", "Het anker", "--source", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kist.yaml: error: no kist.yaml in " + dir), run.err());
        assertTrue(run.err().contains("kist new site DIR"), run.err());
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void aPostIsDatedByTheCalendarOfTheSitesTimeZone() throws IOException {
        // 23:30 on 29 November in UTC is 00:30 on 30 November in Amsterdam
        Map<String, String> halfPastMidnightInAmsterdam = Map.of("SOURCE_DATE_EPOCH", "1795995000");
        TestSite site = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\nlanguage: nl\ntimeZone: Europe/Amsterdam\n");
        assertEquals(0, site.run(halfPastMidnightInAmsterdam, "new", "post", "Na middernacht", "--source", dir.toString()).exitCode());
        assertEquals(LocalDate.of(2026, 11, 30), parsed(dir, "content/posts/na-middernacht.md").frontMatter().date().orElseThrow().day());

        site.file("kist.yaml", "title: Blog\nlanguage: nl\n");
        assertEquals(0, site.run(halfPastMidnightInAmsterdam, "new", "post", "In UTC", "--source", dir.toString()).exitCode());
        assertEquals(LocalDate.of(2026, 11, 29), parsed(dir, "content/posts/in-utc.md").frontMatter().date().orElseThrow().day(),
                "without a time zone the site's days are UTC's, so a post of today is never one of tomorrow");
    }

    @Test
    void aNewSiteLivesInThisComputersTimeZoneUnlessToldAnother() throws IOException {
        TestSite.Run here = TestSite.write(dir, "").run(FIXED_DAY, "new", "site", dir.resolve("hier").toString());
        assertEquals(0, here.exitCode(), here.err());
        assertEquals(java.time.ZoneId.systemDefault(), kist.config.SiteConfigLoader.load(Files.readString(dir.resolve("hier/kist.yaml")))
                .value().orElseThrow().timeZone(), "the site lives where its author does");

        TestSite.Run amsterdam = TestSite.write(dir, "").run(FIXED_DAY, "new", "site", dir.resolve("daar").toString(),
                "--time-zone", "Europe/Amsterdam");
        assertEquals(0, amsterdam.exitCode(), amsterdam.err());
        assertTrue(Files.readString(dir.resolve("daar/kist.yaml")).contains("timeZone: \"Europe/Amsterdam\""));
        assertTrue(Files.readString(dir.resolve("daar/content/posts/welcome.md")).contains("date: 2030-01-01"),
                "midnight UTC is one in the morning in Amsterdam");

        TestSite.Run wrong = TestSite.write(dir, "").run(FIXED_DAY, "new", "site", dir.resolve("nergens").toString(),
                "--time-zone", "Europe/Amsterdan");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("--time-zone must be a region such as Europe/Amsterdam"), wrong.err());
        assertFalse(Files.exists(dir.resolve("nergens")));
    }

    @Test
    void newWithoutWhatToCreateIsAUsageError() {
        TestSite.Run run = site("en").run(FIXED_DAY, "new");
        assertEquals(2, run.exitCode());
    }

    @Test
    void aNewSiteBuildsAtOnceWithoutAnyDiagnostic() throws IOException {
        Path blog = dir.resolve("my-blog");
        TestSite.Run run = TestSite.write(dir, "").run(FIXED_DAY, "new", "site", blog.toString(), "--time-zone", "UTC");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("cd " + blog + " && kist build"), run.out());
        assertTrue(Files.readString(blog.resolve("kist.yaml")).contains("title: \"my-blog\""));
        assertEquals(java.time.ZoneId.of("UTC"), kist.config.SiteConfigLoader.load(Files.readString(blog.resolve("kist.yaml")))
                .value().orElseThrow().timeZone());
        for (String path : List.of("content/posts/welcome.md", "content/techniques/listening.md", "content/pages/about.md")) {
            assertTrue(Files.isRegularFile(blog.resolve(path)), path);
        }
        ThemeFiles builtin = ThemeFiles.builtin();
        assertTrue(builtin.files().containsKey("post.jte"));
        builtin.files().forEach((path, bytes) -> {
            try {
                assertArrayEquals(bytes, Files.readAllBytes(blog.resolve("templates").resolve(path)), path);
            } catch (IOException e) {
                throw new AssertionError(path, e);
            }
        });

        TestSite scaffolded = TestSite.write(blog, "");
        TestSite.Run build = scaffolded.build();
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().startsWith("kist: 3 pages, ") && build.err().contains(", 0 warnings, "), build.err());
        assertEquals(1, build.err().lines().count(), build.err());
        assertEquals("Welcome", build.html("2030/01/welcome/index.html").select("h1").text());
        assertFalse(build.html("techniques/listening/index.html").select("a[href=/2030/01/welcome/]").isEmpty());

        TestSite.Run check = scaffolded.run(FIXED_DAY, "check", "--source", blog.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.err().contains("0 errors, 1 warning"), check.err());
    }

    @Test
    void aDutchSiteSpeaksDutch() {
        Path blog = dir.resolve("mijn-blog");
        TestSite.Run run = TestSite.write(dir, "").run(FIXED_DAY, "new", "site", blog.toString(), "--language", "nl",
                "--time-zone", "UTC");
        assertEquals(0, run.exitCode(), run.err());

        TestSite.Run build = TestSite.write(blog, "").build();
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(1, build.err().lines().count(), build.err());
        assertEquals("dinsdag 1 januari 2030", build.html("2030/01/welkom/index.html").select(".meta time").first().text());
        assertTrue(build.exists("technieken/luisteren/index.html"));
        assertTrue(build.exists("over-mij/index.html"));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        TestSite existing = TestSite.write(dir.resolve("blog"), "-- notes.txt --\nmine\n");
        TestSite.Run run = existing.run(FIXED_DAY, "new", "site", existing.root().toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is not empty; nothing was changed"), run.err());
        try (var files = Files.list(existing.root())) {
            assertEquals(List.of(existing.root().resolve("notes.txt")), files.toList());
        }

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, existing.run(FIXED_DAY, "new", "site", empty.toString()).exitCode());
        assertTrue(Files.isRegularFile(empty.resolve("kist.yaml")));
    }
}
