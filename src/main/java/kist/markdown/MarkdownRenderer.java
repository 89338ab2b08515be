package kist.markdown;

import java.util.List;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** PLACEHOLDER until the real renderer lands. */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(MarkdownOptions options) {
        MutableDataSet set = new MutableDataSet();
        parser = Parser.builder(set).build();
        renderer = HtmlRenderer.builder(set).build();
    }

    public RenderedMarkdown render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        int end = html.indexOf("</p>");
        String summary = end < 0 ? "" : html.substring(0, end + 4);
        return new RenderedMarkdown(html, summary, false, List.of(), "", html.replaceAll("<[^>]+>", ""));
    }
}
