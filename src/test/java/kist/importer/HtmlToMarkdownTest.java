package kist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlToMarkdownTest {
    private final HtmlToMarkdown converter = new HtmlToMarkdown();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Eén<br />twee<br /><br />drie                                    | Eén\\n\\ntwee\\n\\ndrie\\n
            <div>Een</div><div><span style="x">Twee</span> &amp; <b>drie</b></div> | Een\\n\\nTwee \\& **drie**\\n
            <p>Regel<br/>regel</p>                                            | Regel\\n\\nregel\\n
            Caf&eacute;&nbsp;&mdash; &lt;tag&gt;                              | Café — \\<tag\\>\\n
            [[geen wikilink]]                                                 | \\[\\[geen wikilink\\]\\]\\n
            <iframe src="https://v.example/e"></iframe>                       | <iframe src="https://v.example/e"></iframe>\\n
            <div>Kijk:<iframe src="https://v.example/e"></iframe></div>       | Kijk:\\n\\n<iframe src="https://v.example/e"></iframe>\\n
            <video src="v.mp4" controls></video>                              | <div><video src="v.mp4" controls></video></div>\\n
            <table><tr><td colspan="2">a</td></tr></table>                    | <table><tbody><tr><td colspan="2">a</td></tr></tbody></table>\\n
            <blockquote>Een<br />twee</blockquote>                            | > Een\\n>\\n> twee\\n
            """)
    void convertsBloggersHtml(String html, String markdown) {
        var body = Jsoup.parseBodyFragment(html.strip()).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        assertEquals(markdown.replace("\\n", "\n"), converter.convert(body));
    }
}
