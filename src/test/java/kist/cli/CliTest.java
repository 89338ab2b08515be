package kist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

class CliTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Blog
            language: nl
            -- content/posts/käser.md --
            ---
            title: "Käser"
            date: 2007-10-05T09:30:00+02:00
            ---
            Over **Käser** en 't anker.
            -- content/posts/spin.md --
            ---
            title: SPIN
            date: 2007-10-04
            ---
            Situatie, probleem, implicatie, nut.
            -- content/posts/Inkopen Is Kunst.md --
            ---
            title: "INKOPEN IS KUNST"
            date: 2007-10-01T23:30:00-05:00
            ---
            Helpen inkopen.
            -- content/pages/over.md --
            ---
            title: Over
            ---
            Tekst.
            """;

    @Test
    void buildSucceedsWithExitZeroAndASummaryLine() {
        TestSite.Run run = TestSite.write(dir, SITE).build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*kist: 4 pages, \\d+ files written to .*site/, 0 warnings, \\d+\\.\\d\\d s\\s*"), run.err());
        assertTrue(run.exists("2007/10/kaser/index.html"));
        assertTrue(run.exists("2007/10/inkopen-is-kunst/index.html"));
    }

    @Test
    void usageErrorsExitTwo() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(2, site.run(Map.of(), "build", "--no-such-option").exitCode());
        assertEquals(2, site.run(Map.of(), "no-such-command").exitCode());
        assertEquals(2, site.run(Map.of(), "build", "--source", dir.resolve("missing").toString()).exitCode());
        TestSite.Run badUrl = site.run(Map.of(), "build", "--source", dir.toString(), "--base-url", "not a url");
        assertEquals(2, badUrl.exitCode());
        assertTrue(badUrl.err().contains("--base-url"), badUrl.err());
    }

    @Test
    void refusesToReplaceAFolderHoldingTheSources() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.run(Map.of(), "build", "--source", dir.toString(), "--output", dir.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("contains the site's sources"), run.err());
        assertTrue(Files.exists(dir.resolve("kist.yaml")));
    }

    @Test
    void versionAndHelpExitZero() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run version = site.run(Map.of(), "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("kist "), version.out());
        TestSite.Run help = site.run(Map.of(), "help", "build");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--drafts") && help.out().contains("--base-url"), help.out());
    }

    @Test
    void contentErrorsExitOne() {
        TestSite.Run run = TestSite.write(dir, SITE).file("content/posts/bad.md", "---\ntitle: [unclosed\n---\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/posts/bad.md:"), run.err());
    }

    @Test
    void outputOptionWritesElsewhereAndLeftoversOfAKilledBuildAreRemoved() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Path out = dir.resolve("public");
        Files.createDirectories(dir.resolve(".public.kist-new-1234/stale"));
        Files.createDirectories(dir.resolve(".public.kist-old-5678"));

        TestSite.Run run = site.run(Map.of(), "build", "--source", dir.toString(), "--output", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".public.kist-new-1234")));
        assertFalse(Files.exists(dir.resolve(".public.kist-old-5678")));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void sourceDateEpochDecidesWhichPostsAreInTheFuture() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run in2007 = site.run(Map.of("SOURCE_DATE_EPOCH", "1191456000"), "build", "--source", dir.toString());
        assertTrue(in2007.exists("2007/10/spin/index.html"));
        assertFalse(in2007.exists("2007/10/kaser/index.html"), "dated 5 October, built on 4 October");
    }

    @Test
    void aDateWithoutATimeBeginsAtMidnightInTheSitesTimeZone() {
        // 23:30 on 29 November in UTC is 00:30 on 30 November in Amsterdam
        Map<String, String> halfPastMidnightInAmsterdam = Map.of("SOURCE_DATE_EPOCH", "1795995000");
        TestSite site = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                baseUrl: https://example.com/
                language: nl
                timeZone: Europe/Amsterdam
                -- content/posts/vandaag.md --
                ---
                title: Vandaag
                date: 2026-11-30
                ---
                Net na middernacht geschreven.
                -- content/posts/morgen.md --
                ---
                title: Morgen
                date: 2026-12-01
                ---
                Nog niet.
                """);
        TestSite.Run amsterdam = site.run(halfPastMidnightInAmsterdam, "build", "--source", dir.toString());
        assertEquals(0, amsterdam.exitCode(), amsterdam.err());
        assertTrue(amsterdam.exists("2026/11/vandaag/index.html"), "30 November has begun in Amsterdam");
        assertFalse(amsterdam.exists("2026/12/morgen/index.html"));
        assertTrue(amsterdam.text("feed.xml").contains("<published>2026-11-30T00:00:00+01:00</published>"), amsterdam.text("feed.xml"));

        site.file("kist.yaml", "title: Blog\nbaseUrl: https://example.com/\nlanguage: nl\n");
        TestSite.Run utc = site.run(halfPastMidnightInAmsterdam, "build", "--source", dir.toString());
        assertFalse(utc.exists("2026/11/vandaag/index.html"), "without a time zone, days begin in UTC, where it is still 29 November");
    }

    @Test
    void twoBuildsAreByteIdenticalAcrossTimeZonesLocalesAndWorkingDirectories() throws Exception {
        TestSite.write(dir.resolve("a"), SITE);
        TestSite.write(dir.resolve("b"), SITE);
        Files.createDirectories(dir.resolve("elsewhere"));

        runInOwnJvm(dir.resolve("a"), dir.resolve("a"), List.of("-Duser.timezone=UTC", "-Duser.language=en"), "C.UTF-8");
        runInOwnJvm(dir.resolve("b"), dir.resolve("elsewhere"),
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"), "C.UTF-8");

        List<Path> filesA = files(dir.resolve("a/site"));
        List<Path> filesB = files(dir.resolve("b/site"));
        assertEquals(filesA, filesB);
        assertTrue(filesA.size() > 5);
        for (Path file : filesA) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/site").resolve(file)),
                    Files.readAllBytes(dir.resolve("b/site").resolve(file)), file.toString());
        }
    }

    private static void runInOwnJvm(Path source, Path workingDirectory, List<String> jvmOptions, String locale) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", source.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().put("LC_ALL", locale);
        builder.environment().put("SOURCE_DATE_EPOCH", "1893456000");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
