package kist.markdown;

import java.util.List;

public record RenderedMarkdown(String html, String summaryHtml, boolean summaryFromMoreMarker, List<Heading> headings,
                               String tocHtml, String plainText) {
}
