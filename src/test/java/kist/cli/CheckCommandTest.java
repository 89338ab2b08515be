package kist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.testing.TestSite;

/** {@code kist check}: each check finds its problem at its place in the Markdown source, and a clean site passes. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private static final String CLEAN = """
            -- kist.yaml --
            title: Blog
            language: en
            menu:
              - title: About
                url: /about/
            -- content/posts/first.md --
            ---
            title: First
            date: 2020-01-01
            techniques: [anker]
            ---
            Read [[Second]] and the [[About]] page.

            <figure><img src="/images/a.png" alt="A picture"><figcaption>A <em>caption</em></figcaption></figure>
            -- content/posts/second.md --
            ---
            title: Second
            date: 2020-01-02
            techniques: [anker]
            ---
            Back to [[First]].

            <div class="note">

            Down to [the details](#details).

            Markdown *inside* a block of HTML.

            </div>

            ## Details

            <a href="/2020/01/first/#top">Up</a> and <a href="../../../about/">about</a>.
            -- content/pages/about.md --
            ---
            title: About
            ---
            Who writes here.
            """;

    private TestSite site() {
        TestSite site = TestSite.write(dir, CLEAN);
        site.bytes("content/images/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return site;
    }

    private TestSite.Run check(TestSite site) {
        return site.run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), "check", "--source", site.root().toString());
    }

    @Test
    void aCleanSitePassesWithExitZeroAndWritesNothing() {
        TestSite.Run run = check(site());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("kist: checked 3 pages: 0 errors, 0 warnings"), run.err());
        assertFalse(Files.exists(dir.resolve("site")), "check writes no site/");
    }

    @Test
    void aBrokenLinkInRawHtmlIsAnErrorAtItsPlace() {
        TestSite site = site().file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]].

                Also <a href="/nope/">this</a>.
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/second.md:8:15: error: no page or file at /nope/ (href=\"/nope/\")"), run.err());
        assertTrue(run.err().contains("kist: checked 3 pages: 1 error, 0 warnings"), run.err());
    }

    @Test
    void aLinkToAMissingAnchorIsAnError() {
        TestSite site = site().file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]].

                ## Details

                See [there](#missing), and <a href="/2020/01/first/#nowhere">here</a>.
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/second.md:10:13: error: no element with id 'missing' on this page"), run.err());
        assertTrue(run.err().contains("hint: ids there: details"), run.err());
        assertTrue(run.err().contains("content/posts/second.md:10:37: error: no element with id 'nowhere' on /2020/01/first/"),
                run.err());
    }

    @Test
    void anImageWithoutAltIsAnErrorAndAnEmptyAltIsDecoration() {
        TestSite site = site().file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]].

                <p>A line <img src="/images/a.png" alt=""> for decoration.</p>
                <p>And one <img class="x" src="/images/a.png"> that says nothing.</p>
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/second.md:9:12: error: the image /images/a.png has no alt text"), run.err());
        assertTrue(run.err().contains("kist: checked 3 pages: 1 error"), run.err());
    }

    @Test
    void anImageThatDoesNotExistIsAnError() {
        TestSite site = site().file("content/pages/about.md", """
                ---
                title: About
                ---
                Who writes here: <img src="/images/me.jpg" alt="Me">
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/pages/about.md:4:18: error: no image at /images/me.jpg"), run.err());
    }

    @Test
    void anUnclosedDivInRawHtmlIsAnError() {
        TestSite site = site().file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]].

                <div class="note">

                Text that the div should have held.
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/second.md:8:1: error: <div> is never closed"), run.err());
    }

    @Test
    void misnestedTagsStrayEndTagsAndDuplicateIdsAreErrors() {
        TestSite site = site().file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]]: <b><i>both</b></i>.

                <section id="intro">One</section>
                <section id="intro">Two</section></div>
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/second.md:6:30: error: </b> closes <b> while <i> (opened at 6:23) is still open"),
                run.err());
        assertTrue(run.err().contains("content/posts/second.md:6:34: error: </i> closes nothing"), run.err());
        assertTrue(run.err().contains("content/posts/second.md:9:34: error: </div> closes nothing"), run.err());
        assertTrue(run.err().contains("content/posts/second.md:8:10: error: the id 'intro' is used 2 times on /2020/01/second/"),
                run.err());
    }

    @Test
    void aPageNothingLinksToIsAWarning() {
        TestSite site = site().file("content/posts/third.md", """
                ---
                title: Third
                date: 2020-01-03
                techniques: [anker]
                ---
                Nobody points here, though it points to [[First]].
                """);
        TestSite.Run run = check(site);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/third.md: warning: no other page links to 'Third'"), run.err());
        assertTrue(run.err().contains("0 errors, 1 warning"), run.err());
    }

    @Test
    void aTechniqueOnlyOnePostCarriesIsAWarningAtItsName() {
        TestSite site = site().file("content/posts/first.md", """
                ---
                title: First
                date: 2020-01-01
                techniques: [anker, spin]
                ---
                Read [[Second]] and the [[About]] page.
                """);
        TestSite.Run run = check(site);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/posts/first.md:4:21: warning: technique 'spin' is used by this post only"), run.err());
        assertTrue(run.err().contains("0 errors, 1 warning"), run.err());
    }

    @Test
    void underASubPathLinksWrittenFromTheDomainRootAreReportedWhereWritten() {
        TestSite site = TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                language: en
                baseUrl: https://example.org/blog/
                menu:
                  - title: About
                    url: /about/
                -- content/posts/first.md --
                ---
                title: First
                date: 2020-01-01
                ---
                Read the [[About]] page.

                Then [the heading](#heading).

                ## Heading
                -- content/pages/about.md --
                ---
                title: About
                ---
                Who writes here: see <a href="/blog/2020/01/first/#heading">the first post</a> and <a href="/about/">this</a>.
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/pages/about.md:4:93: error: no page or file at /about/"), run.err());
        assertTrue(run.err().contains("hint: the site lives under /blog/"), run.err());
        assertTrue(run.err().contains("1 error, 0 warnings"), run.err());
    }

    @Test
    void anAnchorLinkInASummaryStillFindsItsHeadingFromListPages() {
        TestSite site = site().file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]], or down to [the details](#details) and [the rest](#rest).

                ## Details
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(!run.err().contains("'details'"), "the summary's link names its post on list pages:\n" + run.err());
        assertTrue(run.err().contains("content/posts/second.md:6:70: error: no element with id 'rest'"), run.err());
        // the list pages show the same broken link in the summary: fixing the post fixes them, so it is one error
        assertTrue(run.err().contains("kist: checked 3 pages: 1 error, 0 warnings"), run.err());
        assertFalse(run.err().contains("built-in theme:"), run.err());
    }

    @Test
    void aBrokenLinkInTheMenuIsOneErrorForAllPagesBesideTheTextsOwn() {
        TestSite site = site().file("kist.yaml", """
                title: Blog
                language: en
                menu:
                  - title: About
                    url: /about/#team
                  - title: Gone
                    url: /gone/
                """).file("content/posts/second.md", """
                ---
                title: Second
                date: 2020-01-02
                techniques: [anker]
                ---
                Back to [[First]], or down to [the rest](#rest).
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("built-in theme: error: no element with id 'team' on /about/ (href=\"/about/#team\") (on "),
                run.err());
        assertTrue(run.err().contains("built-in theme: error: no page or file at /gone/"), run.err());
        assertTrue(run.err().contains("content/posts/second.md:6:42: error: no element with id 'rest'"), run.err());
        assertTrue(run.err().contains("kist: checked 3 pages: 3 errors, 0 warnings"), run.err());
    }

    @Test
    void aBuildErrorIsReportedAndFailsTheCheck() {
        TestSite site = site().file("content/pages/about.md", """
                ---
                title: About
                ---
                See [[Nowhere]].
                """);
        TestSite.Run run = check(site);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/pages/about.md:4:5: error: no page or technique called 'Nowhere'"), run.err());
        assertTrue(run.err().contains("the build failed, so the built pages were not checked"), run.err());
    }

    @Test
    void theRepositorysOwnSitePassesWithoutErrors() {
        TestSite.Run run = TestSite.write(dir, "").run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), "check", "--source", ".");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*kist: checked \\d+ pages: 0 errors, \\d+ warnings?\\s*"), run.err());
        assertFalse(run.err().contains("built-in theme:"), run.err());
    }
}
