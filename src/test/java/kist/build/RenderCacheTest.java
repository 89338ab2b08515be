package kist.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.output.OutputFile;
import kist.testing.TestSite;

/** A long-lived builder renders again only what a change affects, and gives what a clean build gives. */
class RenderCacheTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- kist.yaml --
            title: Blog
            language: nl
            baseUrl: https://blog.example/
            -- content/posts/een.md --
            ---
            title: Een
            date: 2020-01-01
            techniques: [anker]
            ---
            Over [[Twee]].

            ## Kop van een
            -- content/posts/twee.md --
            ---
            title: Twee
            date: 2020-01-02
            ---
            Zie [[Een#Kop van een]].
            -- content/posts/drie.md --
            ---
            title: Drie
            date: 2020-01-03
            ---
            Los.
            -- content/pages/over.md --
            ---
            title: Over
            ---
            Over mij.
            """;

    @Test
    void onlyChangedBodiesAreRenderedAgainAndTheResultEqualsACleanBuild() throws java.io.IOException {
        TestSite site = TestSite.write(dir, SITE);
        BuildOptions options = new BuildOptions(false, false, Instant.parse("2030-01-01T00:00:00Z"), Optional.empty(),
                dir.resolve(".kist/templates"));
        SiteBuilder builder = new SiteBuilder(options, new RenderCache());

        assertEquals(4, builder.build(SourceReader.read(dir)).renderedPages());
        assertEquals(0, builder.build(SourceReader.read(dir)).renderedPages(), "nothing changed");

        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\n---\nLos, en nu langer.\n");
        BuildResult afterEdit = builtLikeACleanBuild(builder, options);
        assertEquals(1, afterEdit.renderedPages(), "one body changed");

        site.file("content/posts/een.md", "---\ntitle: Een\ndate: 2020-01-01\ntechniques: [anker]\n---\nOver [[Twee]].\n\n## Andere kop\n");
        site.file("content/posts/twee.md", "---\ntitle: Twee\ndate: 2020-01-02\n---\nZie [[Een#Andere kop]].\n");
        BuildResult afterHeading = builtLikeACleanBuild(builder, options);
        assertEquals(2, afterHeading.renderedPages(), "the two bodies that changed; no other page names the heading");

        site.file("content/posts/twee.md", "---\ntitle: Twee, hernoemd\ndate: 2020-01-02\n---\nZie [[Een#Andere kop]].\n");
        BuildResult afterTitle = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterTitle, "index.html").contains("Twee, hernoemd"), "the home page lists the new title");

        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\ntechniques: [spin]\n---\nNu over [[Een]].\n");
        BuildResult afterLink = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterLink, "2020/01/een/index.html").contains("href=\"/2020/01/drie/\""), "Een's backlinks name Drie");
        assertTrue(text(afterLink, "2020/01/drie/index.html").contains("\"keywords\":[\"spin\"]"), "Drie's sharing data has its new technique");

        site.file("content/techniques/spin.md", "---\ntitle: SPIN-vragen\n---\nSituatie, probleem, implicatie, nut.\n");
        BuildResult afterDescription = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterDescription, "2020/01/drie/index.html").contains("SPIN-vragen"), "Drie names its technique by the new title");

        site.file("content/techniques/spin.md", "---\ntitle: SPIN-vragen\n---\nVier soorten vragen.\n");
        BuildResult afterDescriptionText = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterDescriptionText, "techniques/spin/index.html").contains("Vier soorten vragen."),
                "the technique's page shows its new text, no summary having changed");

        site.file("content/posts/een.md", "---\ntitle: Een\ndate: 2020-01-01\ntechniques: [anker]\n---\nOver [[Twee]].\n\n"
                + "## Andere kop\n\nEn over [[SPIN-vragen]].\n");
        BuildResult afterTechniqueLink = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterTechniqueLink, "techniques/spin/index.html").contains("En over"),
                "the technique's page lists the new backlink, no summary having changed");

        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\nupdated: 2021-05-01\ntechniques: [spin]\n---\nNu over [[Een]].\n");
        BuildResult afterUpdated = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterUpdated, "sitemap.xml").contains("2021-05-01"), "the sitemap dates Drie and the lists by its update");

        site.file("content/pages/over.md", "---\ntitle: Over\nupdated: 2022-02-02\n---\nOver mij.\n");
        BuildResult afterPageUpdated = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterPageUpdated, "sitemap.xml").contains("2022-02-02"), "the sitemap dates a page by its update");

        site.file("content/posts/een.md", "---\ntitle: Een\ndate: 2020-01-05\ntechniques: [anker]\n---\nOver [[Twee]].\n\n## Andere kop\n");
        BuildResult afterRedate = builtLikeACleanBuild(builder, options);
        String home = text(afterRedate, "index.html");
        assertTrue(home.indexOf("/2020/01/een/") < home.indexOf("/2020/01/drie/"), "a post dated anew moves to the top: " + home);

        site.file("content/posts/een.md", "---\ntitle: Een\ndate: 2020-01-05\naliases: [/oud/een.html]\ntechniques: [anker]\n---\n"
                + "Over [[Twee]].\n\n## Andere kop\n");
        BuildResult afterAlias = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterAlias, "oud/een.html").contains("/2020/01/een/"), "the new alias leads to the post");
        assertTrue(text(afterAlias, "_redirects").contains("/oud/een.html /2020/01/een/ 301"), "and is in _redirects");

        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\nslug: z-drie\nupdated: 2021-05-01\ntechniques: [spin]\n---\n"
                + "Nu over [[Een]].\n");
        BuildResult afterSlug = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterSlug, "2020/01/een/index.html").contains("/2020/01/z-drie/"), "Een's backlink follows Drie's new address");

        java.nio.file.Files.move(dir.resolve("content/pages/over.md"), dir.resolve("content/pages/mij.md"));
        BuildResult afterRename = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterRename, "sitemap.xml").contains("https://blog.example/mij/"), "the sitemap follows a renamed page");

        site.file("kist.yaml", "title: Blog van Ger\nlanguage: nl\n");
        BuildResult afterConfig = builtLikeACleanBuild(builder, options);
        assertTrue(text(afterConfig, "2020/01/z-drie/index.html").contains("Blog van Ger"), "every page shows the new site title");
    }

    /**
     * A change to what links resolve against (a page added, a title, a heading, a technique's
     * name) renders again the pages whose text names what changed, and only those; every build
     * gives what a clean build gives, problems included.
     */
    @Test
    void aChangeOfWhatLinksFindRendersThePagesThatNameIt() throws java.io.IOException {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/techniques/anker.md --
                ---
                title: Het anker
                ---
                Een gevoel vastzetten.
                -- content/posts/vier.md --
                ---
                title: Vier
                date: 2020-01-04
                ---
                Over het anker, en los daarvan.
                """);
        BuildOptions options = new BuildOptions(false, false, Instant.parse("2030-01-01T00:00:00Z"), Optional.empty(),
                dir.resolve(".kist/templates"));
        SiteBuilder builder = new SiteBuilder(options, new RenderCache());
        assertEquals(6, builtLikeACleanBuild(builder, options).renderedPages());

        site.file("content/posts/vijf.md", "---\ntitle: Vijf\ndate: 2020-01-05\n---\nNieuw.\n");
        assertEquals(1, builtLikeACleanBuild(builder, options).renderedPages(), "a post no other page names: itself alone");

        site.file("content/posts/los.md", "---\ntitle: Los\ndate: 2020-01-06\n---\nNog een.\n");
        assertEquals(3, builtLikeACleanBuild(builder, options).renderedPages(), "Los, and Drie and Vier, whose texts hold its title");

        site.file("content/posts/een.md", "---\ntitle: Een\ndate: 2020-01-01\ntechniques: [anker]\n---\nOver [[Twee]].\n\n## Andere kop\n");
        BuildResult broken = builder.build(SourceReader.read(dir));
        assertEquals(new SiteBuilder(options).build(SourceReader.read(dir)).diagnostics(), broken.diagnostics());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.isError() && d.file().equals("content/posts/twee.md")),
                "Twee's link to the old heading is reported: " + broken.diagnostics());
        site.file("content/posts/twee.md", "---\ntitle: Twee\ndate: 2020-01-02\n---\nZie [[Een#Andere kop]].\n");
        assertTrue(builtLikeACleanBuild(builder, options).succeeded());

        site.file("content/techniques/anker.md", "---\ntitle: Het anker\naliases: [Ankeren]\n---\nEen gevoel vastzetten.\n");
        builtLikeACleanBuild(builder, options);
        site.file("content/posts/drie.md", "---\ntitle: Drie\ndate: 2020-01-03\n---\nLos, over ankeren.\n");
        String drie = text(builtLikeACleanBuild(builder, options), "2020/01/drie/index.html");
        assertTrue(drie.contains("/techniques/anker/"), "the technique's new alias is mentioned: " + drie);

        site.file("content/techniques/anker.md", "---\ntitle: Het anker\n---\nEen gevoel vastzetten.\n");
        String without = text(builtLikeACleanBuild(builder, options), "2020/01/drie/index.html");
        assertTrue(!without.contains("/techniques/anker/"), "the alias gone, Drie no longer links it: " + without);
    }

    /**
     * Random sites edited at random (posts added, deleted, retitled with an alias, headings and
     * links changed, techniques' aliases changed): after every edit the long-lived builder gives
     * what a clean build gives, files and problems alike.
     */
    @Test
    void randomEditsOfWhatLinksFindGiveWhatACleanBuildGives() throws java.io.IOException {
        List<String> words = List.of("anker", "rapport", "blok", "spin", "vraag", "klant", "prijs", "kaser", "stilte", "ja");
        BuildOptions options = new BuildOptions(false, false, Instant.parse("2030-01-01T00:00:00Z"), Optional.empty(),
                dir.resolve(".kist/templates"));
        for (int seed = 0; seed < 12; seed++) {
            java.util.Random random = new java.util.Random(seed);
            kist.output.FileTrees.delete(dir.resolve("content"));
            TestSite site = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\nlanguage: nl\nbaseUrl: https://blog.example/\n");
            site.file("content/techniques/anker.md", "---\ntitle: Het anker\n---\nEen gevoel vastzetten.\n");
            java.util.Map<String, String> titles = new java.util.TreeMap<>();
            java.util.function.Supplier<String> phrase = () -> words.get(random.nextInt(words.size())) + " "
                    + words.get(random.nextInt(words.size()));
            SiteBuilder builder = new SiteBuilder(options, new RenderCache());
            for (int step = 0; step < 14; step++) {
                String file = "p" + random.nextInt(6);
                int edit = titles.isEmpty() ? 0 : random.nextInt(5);
                if (edit <= 1 || !titles.containsKey(file)) {
                    // a post, new or rewritten: a title, a heading, a link to another post's title or heading, a mention
                    String title = phrase.get() + " " + file;
                    String link = titles.isEmpty() || random.nextBoolean() ? ""
                            : " Zie [[" + new java.util.ArrayList<>(titles.values()).get(random.nextInt(titles.size()))
                            + (random.nextBoolean() ? "" : "#Kop " + words.get(random.nextInt(3))) + "]].";
                    titles.put(file, title);
                    site.file("content/posts/" + file + ".md", "---\ntitle: \"" + title + "\"\ndate: 2020-01-0" + (1 + random.nextInt(8))
                            + "\n---\nOver " + phrase.get() + " en het anker." + link + "\n\n## Kop " + words.get(random.nextInt(3)) + "\n");
                } else if (edit == 2) {
                    java.nio.file.Files.deleteIfExists(dir.resolve("content/posts/" + file + ".md"));
                    titles.remove(file);
                } else if (edit == 3) {
                    String title = phrase.get() + " " + file;
                    String text = java.nio.file.Files.readString(dir.resolve("content/posts/" + file + ".md"));
                    site.file("content/posts/" + file + ".md", text.replace("title: \"" + titles.get(file) + "\"",
                            "title: \"" + title + "\"\naliases: [\"" + titles.get(file) + "\"]"));
                    titles.put(file, title);
                } else {
                    site.file("content/techniques/anker.md", "---\ntitle: Het anker\naliases: [" + phrase.get() + "]\n---\nEen gevoel.\n");
                }
                BuildResult kept = builder.build(SourceReader.read(dir));
                BuildResult clean = new SiteBuilder(options).build(SourceReader.read(dir));
                String where = "seed " + seed + ", step " + step;
                assertEquals(clean.diagnostics(), kept.diagnostics(), where);
                assertEquals(clean.files().stream().map(OutputFile::path).toList(), kept.files().stream().map(OutputFile::path).toList(), where);
                for (int i = 0; i < clean.files().size(); i++) {
                    if (clean.files().get(i) instanceof OutputFile.InMemory expected) {
                        assertArrayEquals(expected.bytes(), ((OutputFile.InMemory) kept.files().get(i)).bytes(), where + ": " + expected.path());
                    }
                }
            }
        }
    }

    /**
     * A post's related posts are shown by their summaries (here by a site template that shows their
     * text too): a save that reorders the related lists but changes no summary, and one that
     * changes a summary but no list, each reach every page that shows them.
     */
    @Test
    void relatedPostsFollowTheirListsAndTheirSummaries() throws java.io.IOException {
        TestSite site = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: nl
                -- templates/post.jte --
                @param kist.render.PostPage page
                <ul id="related">@for(var other : page.related())<li>${other.title()}: ${other.summary()}</li>@endfor</ul>
                -- content/posts/a.md --
                ---
                title: Aap
                date: 2020-01-01
                techniques: [anker]
                ---
                Over Aap.

                Meer over de picknickmand, de picknickmand.
                -- content/posts/b.md --
                ---
                title: Beer
                date: 2020-01-03
                techniques: [anker]
                ---
                Over Beer.

                Meer tekst.
                -- content/posts/c.md --
                ---
                title: Cavia
                date: 2020-01-02
                techniques: [anker]
                ---
                Over Cavia.

                Ook een picknickmand, een picknickmand.
                """);
        BuildOptions options = new BuildOptions(false, false, Instant.parse("2030-01-01T00:00:00Z"), Optional.empty(),
                dir.resolve(".kist/templates"));
        SiteBuilder builder = new SiteBuilder(options, new RenderCache());
        String before = text(builtLikeACleanBuild(builder, options), "2020/01/a/index.html");
        assertTrue(before.indexOf("Cavia") < before.indexOf("Beer"), "Cavia shares a word with Aap: " + before);

        site.file("content/posts/b.md", "---\ntitle: Beer\ndate: 2020-01-03\ntechniques: [anker]\n---\nOver Beer.\n\n"
                + "Meer over de picknickmand, de picknickmand.\n");
        String reordered = text(builtLikeACleanBuild(builder, options), "2020/01/a/index.html");
        assertTrue(reordered.indexOf("Beer") < reordered.indexOf("Cavia"), "now Beer does too, and is newer: " + reordered);

        site.file("content/posts/c.md", "---\ntitle: Cavia\ndate: 2020-01-02\ntechniques: [anker]\n---\nOver de cavia.\n\n"
                + "Ook een picknickmand, een picknickmand.\n");
        String summarised = text(builtLikeACleanBuild(builder, options), "2020/01/a/index.html");
        assertTrue(summarised.contains("Cavia: <p>Over de cavia.</p>"), "Cavia's new summary: " + summarised);
    }

    /** Builds with the long-lived builder, and checks that a clean build of the same sources gives the same. */
    private BuildResult builtLikeACleanBuild(SiteBuilder builder, BuildOptions options) {
        BuildResult kept = builder.build(SourceReader.read(dir));
        assertSameFiles(new SiteBuilder(options).build(SourceReader.read(dir)), kept);
        return kept;
    }

    private static void assertSameFiles(BuildResult clean, BuildResult cached) {
        assertEquals(clean.diagnostics(), cached.diagnostics());
        assertEquals(clean.files().stream().map(OutputFile::path).toList(), cached.files().stream().map(OutputFile::path).toList());
        for (int i = 0; i < clean.files().size(); i++) {
            if (clean.files().get(i) instanceof OutputFile.InMemory expected) {
                assertArrayEquals(expected.bytes(), ((OutputFile.InMemory) cached.files().get(i)).bytes(), expected.path());
            }
        }
        assertEquals(List.of(), cached.diagnostics().stream().filter(kist.diag.Diagnostic::isError).toList());
    }

    @Test
    void aChangedTemplateIsCompiledAgainAndTheOthersAreNot() throws Exception {
        TestSite site = TestSite.write(dir, SITE + """
                -- templates/post.jte --
                @param kist.render.PostPage page
                <p id="version">one ${page.post().title()}</p>
                -- templates/page.jte --
                @param kist.render.StandalonePage page
                <p id="page">${page.title()}</p>
                """);
        BuildOptions options = new BuildOptions(false, false, Instant.parse("2030-01-01T00:00:00Z"), Optional.empty(),
                dir.resolve(".kist/templates"));
        SiteBuilder builder = new SiteBuilder(options, new RenderCache());
        assertEquals("<p id=\"version\">one Een</p>", text(builder.build(SourceReader.read(dir)), "2020/01/een/index.html").strip());
        Path classes = dir.resolve(".kist/templates/live/classes/kist/theme/site");
        Path postClass = classes.resolve("JtepostGenerated.class");
        Path pageClass = classes.resolve("JtepageGenerated.class");
        var postCompiled = java.nio.file.Files.getLastModifiedTime(postClass);
        var pageCompiled = java.nio.file.Files.getLastModifiedTime(pageClass);
        Thread.sleep(20);

        site.file("templates/post.jte", "@param kist.render.PostPage page\n<p id=\"version\">two ${page.post().title()}</p>\n");
        BuildResult after = builder.build(SourceReader.read(dir));

        assertEquals("<p id=\"version\">two Een</p>", text(after, "2020/01/een/index.html").strip());
        assertEquals("<p id=\"page\">Over</p>", text(after, "over/index.html").strip());
        assertTrue(java.nio.file.Files.getLastModifiedTime(postClass).compareTo(postCompiled) > 0, "post.jte compiled again");
        assertEquals(pageCompiled, java.nio.file.Files.getLastModifiedTime(pageClass), "page.jte not compiled again");
    }

    private static String text(BuildResult result, String path) {
        return result.files().stream().filter(file -> file.path().equals(path)).findFirst()
                .map(file -> new String(((OutputFile.Generated) file).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + path + " in " + result.diagnostics()));
    }
}
