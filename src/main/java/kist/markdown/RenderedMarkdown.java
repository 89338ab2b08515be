package kist.markdown;

import java.util.List;
import java.util.Objects;

/**
 * The result of rendering one Markdown body.
 *
 * @param htmlBytes             the body as HTML, in UTF-8 ({@link #html()} as text)
 * @param summaryHtml           the HTML before the {@code <!--more-->} line, else the first paragraph, else ""
 * @param summaryText           the summary as plain text (for descriptions, feeds and search)
 * @param summaryFromMoreMarker whether {@code summaryHtml} came from a {@code <!--more-->} line
 * @param headings              every heading in document order
 * @param tocHtml               a nested {@code <ul>} linking the level 2–3 headings, or "" below the threshold
 * @param plainText             the text without markup, blocks separated by blank lines; the build
 *                              counts and indexes it once and then lets it go ({@link #withoutPlainText()})
 */
public record RenderedMarkdown(HtmlBytes htmlBytes, String summaryHtml, String summaryText, boolean summaryFromMoreMarker,
                               List<Heading> headings, String tocHtml, String plainText) {

    public RenderedMarkdown {
        Objects.requireNonNull(htmlBytes, "htmlBytes");
        Objects.requireNonNull(summaryHtml, "summaryHtml");
        Objects.requireNonNull(tocHtml, "tocHtml");
        Objects.requireNonNull(plainText, "plainText");
        headings = List.copyOf(headings);
    }

    /** The body as HTML text, decoded: for the few who read it rather than write it into a page. */
    public String html() {
        return htmlBytes.text();
    }

    /** The same rendering without its plain text, which is the larger part of what a site keeps in memory and cache. */
    public RenderedMarkdown withoutPlainText() {
        return new RenderedMarkdown(htmlBytes, summaryHtml, summaryText, summaryFromMoreMarker, headings, tocHtml, "");
    }
}
