package kist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import kist.testing.TestSite;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * Every page kist writes passes the Nu Html Checker (the engine behind validator.w3.org/nu),
 * run in-process against its bundled schemas: no network. Warnings are printed, errors fail.
 */
class HtmlValidityTest {
    /** The checker's own name for its full HTML schema; resolved from the jar's local cache. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static SimpleDocumentValidator validator;
    private static Messages messages;

    @TempDir
    Path dir;

    private static final String REPRESENTATIVE_SITE = """
            -- kist.yaml --
            title: "Trukendoos & co"
            description: "Over verkopen, het anker en SPIN"
            baseUrl: "https://example.nl/"
            language: nl
            paginate: 2
            author:
              name: "Ger Heling"
              bio: "Verkooptrainer."
            menu:
              - title: Over mij
                url: /over-mij/
              - title: Home
                url: /
            -- content/posts/de-trukendoos/index.md --
            ---
            title: "De trukendoos: \\"anker\\" & rapport-blok"
            date: 2007-10-10
            updated: 2007-11-02
            techniques: [anker, SPIN, Käser]
            tags: [verkoop, B2B]
            ---
            Wat zit er in de 'trukendoos'? Een eerste blik.[^1]

            <!--more-->

            ## Het anker

            Het anker zet de toon.[^2]

            ![Schets van een anker op een bierviltje](anker.svg)

            ### Waarom het werkt

            > 'Een klant die overtuigd is, is blijer.'
            >
            > — een inkoper

            ## SPIN in een tabel

            | Vraag | Doel | Voorbeeld |
            |:------|:----:|----------:|
            | Situatie | Feiten | Hoeveel verkopers? |
            | Probleem | Pijn | Wat loopt er mis? |

            ## Checklist voor het gesprek

            - [x] Agenda gestuurd
            - [ ] Rapport-blok meegenomen
            - [ ] ~~Powerpoint~~ weggelaten

            ## Begrippen

            Anker
            : Het eerste getal dat op tafel komt.

            Rapport-blok
            : Een blok papier waarop de klant zelf rekent.

            ## Code

            Een `inline` stukje en een blok:

            ```java
            if (klant.isOvertuigd()) { verkoop(); }
            ```

            1. Eerst luisteren
            2. Dan vragen

            ---

            Meer op <https://example.org/spin> en [over mij](/over-mij/).

            [^1]: Een voetnoot.
            [^2]: Nog een voetnoot, met *nadruk*.
            -- content/posts/de-trukendoos/anker.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
            -- content/posts/find-your-why-and-fly.md --
            ---
            title: "Find your why and fly"
            date: 2007-10-03
            ---
            De 'trukendoosverkoop' werkt.[^1]

            [^1]: Shares the list page, and the footnote number, with the post above.
            -- content/posts/picknickmand.md --
            ---
            title: "Picknickmand"
            date: 2007-10-20
            comments:
              - author: "Jan <b>de</b> Vries"
                date: "2007-10-21T09:15:00+02:00"
                text: "Mooi & waar.\nTweede regel."
                replies:
                  - author: Ger
                    date: "2007-10-21T10:00:00+02:00"
                    text: Dank je!
            ---
            ## Kort

            Een picknickmand vol technieken.

            <!--more-->

            Meer.
            -- content/posts/gereedschapskist.md --
            ---
            title: "Gereedschapskist"
            date: 2007-11-01
            ---
            ## Kort

            Gereedschap voor verkopers.

            <!--more-->

            Meer.
            -- content/pages/over-mij.md --
            ---
            title: Over mij
            ---
            Ik train verkopers.

            ## Trainingen

            Op maat.
            """;

    @BeforeAll
    static void setUpChecker() throws Exception {
        messages = new Messages();
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, messages);
        validator.setUpValidatorAndParsers(messages, true, false);
    }

    @Test
    void everyPageOfARepresentativeSiteIsValidHtml() throws IOException {
        TestSite.Run run = TestSite.write(dir, REPRESENTATIVE_SITE).build();
        assertEquals(0, run.exitCode(), run.err());

        // the site really exercises what it is meant to, or its validity proves little
        assertTrue(run.exists("page/2/index.html"), "home page is paginated");
        assertTrue(run.html("2007/10/picknickmand/index.html").selectFirst("#comments .comment .comment-list .comment") != null,
                "a post shows its comment thread, replies nested");
        org.jsoup.nodes.Document post = run.html("2007/10/de-trukendoos/index.html");
        for (String selector : List.of(".toc a", "table", ".footnotes", "input[type=checkbox]", "dl", "pre code",
                "blockquote", "img[alt]", "del")) {
            assertTrue(post.selectFirst(selector) != null, "the rich post has " + selector);
        }

        assertValid(run.output());
    }

    @Test
    void everyPageOfTheRepositorysOwnSiteIsValidHtml() throws IOException {
        Path output = dir.resolve("site");
        TestSite.Run run = TestSite.write(dir.resolve("unused"), "")
                .run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), "build", "--no-cache", "--source", ".", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.err());

        assertValid(output);
    }

    private static void assertValid(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 1, "pages to check in " + site);

        List<Message> all = new ArrayList<>();
        for (Path page : pages) {
            all.addAll(check(site.relativize(page).toString(), page));
        }
        all.stream().filter(message -> !message.error())
                .forEach(message -> System.out.println("HTML checker warning: " + message));
        List<Message> errors = all.stream().filter(Message::error).toList();
        if (!errors.isEmpty()) {
            fail(errors.size() + " HTML error(s) in " + pages.size() + " pages:\n"
                    + errors.stream().map(Message::toString).collect(Collectors.joining("\n")));
        }
    }

    private static synchronized List<Message> check(String name, Path page) throws IOException {
        messages.start(name);
        try {
            validator.checkHtmlFile(page.toFile(), true);
        } catch (org.xml.sax.SAXException e) {
            // a fatal error has already been reported to the handler; the file simply stops here
        }
        return messages.take();
    }

    record Message(boolean error, String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + text;
        }
    }

    /** Collects the checker's reports for the file being checked. */
    private static final class Messages implements ErrorHandler {
        private String file = "(schema)";
        private List<Message> collected = new ArrayList<>();

        void start(String name) {
            file = name;
            collected = new ArrayList<>();
        }

        List<Message> take() {
            List<Message> taken = collected;
            collected = new ArrayList<>();
            return taken;
        }

        @Override
        public void warning(SAXParseException e) {
            collected.add(message(false, e));
        }

        @Override
        public void error(SAXParseException e) {
            collected.add(message(true, e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            collected.add(message(true, e));
        }

        private Message message(boolean error, SAXParseException e) {
            return new Message(error, file, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }
    }
}
