package kist.markdown;

public record MarkdownOptions(RawHtml rawHtml, int tocMinHeadings) {
    public static MarkdownOptions defaults() {
        return new MarkdownOptions(RawHtml.PASS, 4);
    }
}
