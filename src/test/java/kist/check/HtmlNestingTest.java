package kist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kist.diag.Diagnostic;
import kist.markdown.AuthoredHtml;
import kist.markdown.MarkdownOptions;
import kist.markdown.MarkdownRenderer;

/** The nesting check reads the author's HTML blocks and inline tags as one stream, as browsers do. */
class HtmlNestingTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(MarkdownOptions.defaults());

    private static List<String> problems(String body) {
        return HtmlNesting.check(AuthoredHtml.of(MARKDOWN, body.replace("\\n", "\n"), 5), "content/posts/x.md").stream()
                .map(Diagnostic::format).map(text -> text.lines().findFirst().orElseThrow()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<div class=\"note\">\\n\\nMarkdown *inside*.\\n\\n</div>",
            "A <span title=\"a > b\">quoted</span> attribute.",
            "<div title=don't>an unquoted one in a block</div>",
            "<ul><li>one<li>two</ul>",
            "<p>Line<br>break<br/>and <img src=\"a.png\" alt=\"\"></p>",
            "<table><tr><td>a<td>b</table>",
            "<script>if (a < b) { document.write('<div>'); }</script>",
            "<!-- <div> in a comment -->",
            "`<div>` in code, and\\n\\n    <div> in an indented code block",
            "```html\\n<div>\\n```",
            "<svg viewBox=\"0 0 1 1\"><circle r=\"1\"/></svg>",
            "> <details>\\n> <summary>More</summary>\\n> Text\\n> </details>",
    })
    void wellFormedHtmlPasses(String body) {
        assertEquals(List.of(), problems(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<div>\\n\\nText.                    | content/posts/x.md:5:1: error: <div> is never closed",
            "Text\\n\\n<section><div>\\n</section> | content/posts/x.md:8:1: error: </section> closes <section> while <div> (opened at 7:10) is still open",
            "Some <em>text</b>.                  | content/posts/x.md:5:14: error: </b> closes nothing: no <b> is open here;"
                    + "content/posts/x.md:5:6: error: <em> is never closed",
            "Some <em>text.\\n\\nMore</em>.       | content/posts/x.md:5:6: error: <em> is not closed in the paragraph that opens it;"
                    + "content/posts/x.md:7:5: error: </em> closes nothing: no <em> is open here",
            "A <br></br> break                   | content/posts/x.md:5:7: error: </br> is not allowed: <br> has no end tag",
            "<div class=\"x\"\\n\\nText            | content/posts/x.md:5:1: error: the tag <div never ends",
    })
    void brokenHtmlIsFoundAtItsPlace(String body, String expected) {
        assertEquals(List.of(expected.split(";")), problems(body.strip()));
    }
}
