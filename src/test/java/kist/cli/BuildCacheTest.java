package kist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** kist build keeps rendered bodies in .kist/cache/ and gives, from it, what a clean build gives. */
class BuildCacheTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Blog
            language: nl
            -- content/posts/een.md --
            ---
            title: Een
            date: 2020-01-01
            techniques: [anker]
            ---
            Over [[Twee]] en het anker.

            ## Kop van een
            -- content/posts/twee.md --
            ---
            title: Twee
            date: 2020-01-02
            techniques: [anker]
            ---
            Zie [[Een#Kop van een]].
            -- content/posts/drie.md --
            ---
            title: Drie
            date: 2020-01-03
            ---
            Los.
            -- content/techniques/anker.md --
            ---
            title: Anker
            ---
            Een gevoel vastzetten.
            -- content/pages/over.md --
            ---
            title: Over
            ---
            Over mij.
            """;

    @Test
    void aSecondBuildAfterOneEditRendersThatPageAloneAndWritesWhatACleanBuildWrites() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run first = site.build();
        assertEquals(0, first.exitCode(), first.err());
        assertFalse(first.err().contains("from the build cache"), first.err());
        assertFalse(shards().isEmpty(), "the build cache is written");

        TestSite.Run unchanged = site.build();
        assertTrue(unchanged.err().contains("kist: 5 pages (5 from the build cache)"), unchanged.err());

        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\n---\nLos, en nu over [[Een]].\n");
        TestSite.Run edited = site.build();
        assertEquals(0, edited.exitCode(), edited.err());
        assertTrue(edited.err().contains("kist: 5 pages (4 from the build cache)"), edited.err());
        assertTrue(edited.text("2020/01/een/index.html").contains("Los, en nu over"), "the backlink of the edit is on the linked page");

        assertAsACleanBuild(site, dir.resolve("site"));
    }

    @Test
    void aPageTheBuildWouldRenderAsBeforeIsTakenOverFromTheSiteAsItWasLeft() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(0, site.build().exitCode());
        // a page changed behind kist's back, in the same inode, size and time: the next build cannot tell
        Path drie = dir.resolve("site/2020/01/drie/index.html");
        var time = Files.getLastModifiedTime(drie);
        Files.writeString(drie, Files.readString(drie).replace("<p>Los.</p>", "<p>LOS.</p>"));
        Files.setLastModifiedTime(drie, time);

        TestSite.Run unchanged = site.build();
        assertEquals(0, unchanged.exitCode(), unchanged.err());
        assertTrue(unchanged.err().matches("(?s).*files written to .*site/ \\(\\d+ pages as they were\\).*"), unchanged.err());
        assertTrue(unchanged.text("2020/01/drie/index.html").contains("<p>LOS.</p>"), "taken over, not rendered");

        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\n---\nLos, en nu over [[Een]].\n");
        TestSite.Run edited = site.build();
        assertEquals(0, edited.exitCode(), edited.err());
        assertAsACleanBuild(site, dir.resolve("site"));
    }

    @Test
    void aPageChangedInTheSiteFolderOrAnotherOutputFolderIsRenderedAgain() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(0, site.build().exitCode());
        Path een = dir.resolve("site/2020/01/een/index.html");
        Files.writeString(een, "changed by hand");
        Files.delete(dir.resolve("site/index.html"));
        TestSite.Run again = site.build();
        assertEquals(0, again.exitCode(), again.err());
        assertAsACleanBuild(site, dir.resolve("site"));

        // a build into another folder finds none of the pages of site/ there
        TestSite.Run elsewhere = site.build("--output", dir.resolve("elsewhere").toString());
        assertEquals(0, elsewhere.exitCode(), elsewhere.err());
        assertFalse(elsewhere.err().contains("as they were"), elsewhere.err());
        assertSameTree(dir.resolve("clean"), dir.resolve("elsewhere")); // the clean build just above
        assertFalse(site.build().err().contains("as they were"), "the memo is of the folder last written");
        assertTrue(site.build().err().contains("as they were"));
    }

    @Test
    void aChangedStringSettingOrTemplateRendersThePagesAgain() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(0, site.build().exitCode());
        site.file("templates/i18n/nl.yaml", "toc:\n  title: \"Op deze pagina\"\nnav:\n  skip: \"Sla over\"\n");
        site.file("kist.yaml", "title: Weblog\nlanguage: nl\n");
        TestSite.Run changed = site.build();
        assertEquals(0, changed.exitCode(), changed.err());
        assertTrue(changed.text("2020/01/drie/index.html").contains("Sla over"), changed.text("2020/01/drie/index.html"));
        assertAsACleanBuild(site, dir.resolve("site"));

        site.file("templates/page.jte", "@param kist.render.StandalonePage page\n<p>${page.title()}, anders</p>\n");
        TestSite.Run template = site.build();
        assertEquals(0, template.exitCode(), template.err());
        assertEquals("Over, anders", template.html("over/index.html").text());
        assertAsACleanBuild(site, dir.resolve("site"));
    }

    @Test
    void theRepositorysOwnSiteIsTakenOverWholeByABuildThatChangesNothing(@TempDir Path copy) throws IOException {
        for (String part : List.of("kist.yaml", "content", "templates")) {
            try (Stream<Path> walk = Files.walk(Path.of(part))) {
                for (Path from : walk.toList()) {
                    Path to = copy.resolve(from.toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
        }
        TestSite site = TestSite.write(copy, "");
        TestSite.Run first = site.build();
        assertEquals(0, first.exitCode(), first.err());
        Path memo = copy.resolve(".kist/cache/outputs.bin");
        var written = Files.getLastModifiedTime(memo);
        TestSite.Run second = site.build();
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("as they were"), second.err());
        assertEquals(written, Files.getLastModifiedTime(memo), "every page taken over: nothing new to remember");
    }

    @Test
    void whatKistServeRenderedIsTakenOverByTheNextBuild() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        String served = serveUntilBuiltThenStop();
        assertTrue(served.contains("kist: built 5 pages"), served);
        assertFalse(shards().isEmpty(), "kist serve writes the build cache when it stops");

        TestSite.Run build = site.build();
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("kist: 5 pages (5 from the build cache)"), build.err());
        assertAsACleanBuild(site, dir.resolve("site"));
    }

    @Test
    void kistServeOfASitePublishedUnderAPathLeavesTheBuildCacheToTheBuilds() throws Exception {
        // kist serve renders at "/", a build at /blog/: what the server rendered is not what a build can take over
        TestSite site = TestSite.write(dir, SITE.replace("title: Blog\n", "title: Blog\nbaseUrl: https://example.org/blog/\n"));
        assertTrue(site.build().err().contains("kist: 5 pages, "));

        String served = serveUntilBuiltThenStop();
        assertTrue(served.contains("kist: built 5 pages"), served);

        TestSite.Run build = site.build();
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("kist: 5 pages (5 from the build cache)"), build.err());
    }

    /** Runs kist serve on the site until its first build is served, stops it (by interrupting it; Ctrl+C runs the same stop) and gives what it printed. */
    private String serveUntilBuiltThenStop() throws InterruptedException {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.util.concurrent.atomic.AtomicInteger exit = new java.util.concurrent.atomic.AtomicInteger(-1);
        Thread kist = new Thread(() -> exit.set(Main.execute(new String[] {"serve", "--source", dir.toString(), "--port", "0"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), java.util.Map.of("SOURCE_DATE_EPOCH", "1893456000"))));
        kist.start();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!out.toString().contains("kist: serving")) {
            assertTrue(kist.isAlive() && System.nanoTime() < deadline, "not serving; out: " + out + "\nerr: " + err);
            Thread.sleep(20);
        }
        kist.interrupt();
        kist.join(java.time.Duration.ofSeconds(60).toMillis());
        assertFalse(kist.isAlive());
        assertEquals(0, exit.get(), err.toString());
        return err.toString();
    }

    @Test
    void turningSearchOnAfterABuildWithoutItIndexesEveryPageAsACleanBuildDoes() throws IOException {
        TestSite site = TestSite.write(dir, SITE).file("kist.yaml", "title: Blog\nlanguage: nl\noutputs: {search: false}\n");
        assertEquals(0, site.build().exitCode());
        assertFalse(Files.exists(dir.resolve("site/search.json")));

        site.file("kist.yaml", "title: Blog\nlanguage: nl\n");
        TestSite.Run withSearch = site.build();
        assertEquals(0, withSearch.exitCode(), withSearch.err());
        assertTrue(withSearch.text("search.json").contains("gevoel"), "words of the technique's text are indexed");
        assertAsACleanBuild(site, dir.resolve("site"));
    }

    @Test
    void aDeletedOrMovedPostLeavesTheSiteAsACleanBuildWouldMakeIt() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(0, site.build().exitCode());

        Files.delete(dir.resolve("content/posts/drie.md"));
        site.file("content/posts/twee.md", "---\ntitle: Twee\ndate: 2020-01-02\nslug: tweede\ntechniques: [anker]\n---\n"
                + "Zie [[Een#Kop van een]].\n");
        TestSite.Run after = site.build();
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(Files.exists(dir.resolve("site/2020/01/drie/index.html")));
        assertTrue(after.text("2020/01/een/index.html").contains("/2020/01/tweede/"), "the link to the moved post follows it");
        assertAsACleanBuild(site, dir.resolve("site"));

        site.file("content/posts/twee.md", "---\ntitle: Twee, hernoemd\ndate: 2020-01-02\nslug: tweede\n---\nZie [[Een#Kop van een]].\n");
        TestSite.Run renamed = site.build();
        assertEquals(1, renamed.exitCode());
        assertTrue(renamed.err().contains("content/posts/een.md:6:6: error: no page or technique called 'Twee'"),
                "an unchanged page whose link lost its target is rendered again: " + renamed.err());
    }

    @Test
    void problemsOfPagesTakenFromTheCacheAreReportedAgain() {
        TestSite site = TestSite.write(dir, SITE).file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\n---\nZie [[Vier]].\n");
        TestSite.Run first = site.build();
        TestSite.Run second = site.build();

        assertEquals(1, first.exitCode());
        assertEquals(1, second.exitCode());
        String problem = "content/posts/drie.md:5:5: error:";
        assertTrue(first.err().contains(problem), first.err());
        assertTrue(second.err().contains(problem), second.err());
    }

    @Test
    void aDamagedOrForeignCacheIsIgnoredAndReplaced() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        site.build();
        for (Path shard : shards()) {
            byte[] whole = Files.readAllBytes(shard);
            Files.write(shard, java.util.Arrays.copyOf(whole, whole.length / 2));
        }
        TestSite.Run cutShort = site.build();
        assertEquals(0, cutShort.exitCode(), cutShort.err());
        assertFalse(cutShort.err().contains("from the build cache"), cutShort.err());
        assertTrue(site.build().err().contains("(5 from the build cache)"), "the cache was written whole again");

        for (Path shard : shards()) {
            Files.write(shard, withFingerprint(Files.readAllBytes(shard), "another kist"));
        }
        TestSite.Run foreign = site.build();
        assertEquals(0, foreign.exitCode(), foreign.err());
        assertFalse(foreign.err().contains("from the build cache"), foreign.err());
        assertTrue(site.build().err().contains("(5 from the build cache)"), "the cache was written whole again");
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCache() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(dir.resolve(".kist/cache")));
    }

    private List<Path> shards() throws IOException {
        Path folder = dir.resolve(".kist/cache/pages");
        return Files.isDirectory(folder) ? files(folder).stream().map(folder::resolve).toList() : List.of();
    }

    /** The cache file as another version of kist would have written it: the same, but for the generator's fingerprint. */
    private static byte[] withFingerprint(byte[] memo, String fingerprint) throws IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(memo));
        byte[] format = new byte[in.readInt()];
        in.readFully(format);
        in.readFully(new byte[in.readInt()]);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(format.length);
        out.write(format);
        byte[] other = fingerprint.getBytes(StandardCharsets.UTF_8);
        out.writeInt(other.length);
        out.write(other);
        out.write(in.readAllBytes());
        return bytes.toByteArray();
    }

    /** {@code actual} holds what a build without the cache writes (into a folder of its own, clean/). */
    private void assertAsACleanBuild(TestSite site, Path actual) throws IOException {
        TestSite.Run clean = site.build("--no-cache", "--output", dir.resolve("clean").toString());
        assertEquals(0, clean.exitCode(), clean.err());
        assertSameTree(dir.resolve("clean"), actual);
    }

    private static void assertSameTree(Path expected, Path actual) throws IOException {
        List<Path> expectedFiles = files(expected);
        assertEquals(expectedFiles, files(actual));
        assertTrue(expectedFiles.size() > 5, expectedFiles.toString());
        for (Path file : expectedFiles) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file.toString());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
