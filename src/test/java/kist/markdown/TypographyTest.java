package kist.markdown;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypographyTest {

    private static final char OPEN = '\u2018';

    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    /** The paragraph's visible text, entities decoded. */
    private String text(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html()).body().text();
    }

    @Test
    void seedSentenceWithIeAndM() {
        String text = text("Verkoop iemand iets wat 'ie hebben wil, laat 'm snappen en overtuigd zijn dat dát is wat 'ie nodig heeft");
        assertEquals("Verkoop iemand iets wat ’ie hebben wil, laat ’m snappen en overtuigd zijn dat dát is wat ’ie nodig heeft", text);
        assertFalse(text.indexOf(OPEN) >= 0, text);
    }

    @Test
    void seedSentenceWithDecadeAndQuotedWord() {
        String text = text("(en dus niet als de hypotheek'adviseurs' uit de jaren '90 die met suggestieve vragen polis na polis 'verkochten')");
        assertTrue(text.contains("jaren ’90 die"), text);
        assertTrue(text.contains("hypotheek’adviseurs’ uit"), text);
        assertTrue(text.contains("‘verkochten’)"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            'ie hebben wil                            | ’ie hebben wil
            laat 'm snappen                           | laat ’m snappen
            's morgens vroeg                          | ’s morgens vroeg
            't is laat                                | ’t is laat
            'T is laat                                | ’T is laat
            zo'n 'n boek                              | zo’n ’n boek
            dat 'k het weet                           | dat ’k het weet
            geef 'em maar                             | geef ’em maar
            de auto van 'r moeder                     | de auto van ’r moeder
            dat 'ns een keer                          | dat ’ns een keer
            de jaren '90                              | de jaren ’90
            in '07 begon het                          | in ’07 begon het
            hij zei: ''t is goed'                     | hij zei: ‘’t is goed’
            't is nu 'markt' en 'nog' wat             | ’t is nu ‘markt’ en ‘nog’ wat
            hij zei 'dat 'ie komt' en ging            | hij zei ‘dat ’ie komt’ en ging
            Ze zei: 'laat 'm maar'                    | Ze zei: ‘laat ’m maar’
            's Morgens zei ze 'wat 't ook is'         | ’s Morgens zei ze ‘wat ’t ook is’
            hij zong 'de jaren '80 en '90'            | hij zong ‘de jaren ’80 en ’90’
            't is 'n mooie dag'                       | ’t is ’n mooie dag’
            'k weet 't, zei ze 'echt'                 | ’k weet ’t, zei ze ‘echt’
            *'t* is mooi                              | ’t is mooi
            laat 'm. Of 'm? En 'm!                    | laat ’m. Of ’m? En ’m!
            's-Hertogenbosch                          | ’s-Hertogenbosch
            """)
    void elisionsGetAnApostrophe(String markdown, String expected) {
        assertEquals(expected, text(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "de 'markt is daarvoor te intelligent geworden'",
            "een 'mooie' dag",
            "de 'toets' van 'n leerling",
            "ze noemden het 'talent' in de jaren '90",
    })
    void realQuotesStayCurlyPairs(String markdown) {
        String text = text(markdown);
        assertEquals(1, count(text, OPEN), text);
        assertFalse(text.contains("'"), text);
    }

    @Test
    void quotedPhraseIsPaired() {
        assertEquals("de ‘markt is daarvoor te intelligent geworden’", text("de 'markt is daarvoor te intelligent geworden'"));
    }

    @Test
    void wordThatLooksLikeAnElisionButIsQuotedStaysQuoted() {
        assertEquals("de toets ‘n’ en ‘ik’", text("de toets 'n' en 'ik'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            hypotheek's                | hypotheek’s
            don't                      | don’t
            zo'n ding                  | zo’n ding
            """)
    void apostrophesInsideWords(String markdown, String expected) {
        assertEquals(expected, text(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "hallo"          | “hallo”
            a -- b           | a – b
            a --- b          | a — b
            wacht...         | wacht…
            """)
    void quotesDashesAndEllipses(String markdown, String expected) {
        assertEquals(expected, text(markdown));
    }

    @Test
    void codeIsNeverTouched() {
        String html = renderer.render("Tekst `'t -- \"x\" ... 'y'` hier.\n\n```\nlaat 'm -- \"gaan\" ...\n```\n").html();
        var doc = Jsoup.parseBodyFragment(html);
        assertEquals("'t -- \"x\" ... 'y'", doc.selectFirst("p code").text());
        assertEquals("laat 'm -- \"gaan\" ...\n", doc.selectFirst("pre code").wholeText());
    }

    @Test
    void headingTextAndPlainTextCarryTypography() {
        RenderedMarkdown rendered = renderer.render("## Wat 'ie wil -- \"echt\"\n\nLaat 'm gaan...\n");
        assertEquals("Wat ’ie wil – “echt”", rendered.headings().get(0).text());
        assertEquals("Wat ’ie wil – “echt”\n\nLaat ’m gaan…", rendered.plainText());
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
