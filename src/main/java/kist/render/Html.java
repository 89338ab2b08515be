package kist.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;

import kist.markdown.HtmlBytes;

/**
 * HTML that kist made itself (rendered Markdown, tables of contents) and trusts. It is the only
 * way markup enters a template unescaped, so escaping is decided here and nowhere else.
 */
public record Html(HtmlBytes bytes) implements Content {
    public static final Html EMPTY = new Html(HtmlBytes.EMPTY);

    public Html(String html) {
        this(HtmlBytes.of(html));
    }

    /** Text shown as text: the one escaping function for text kist places into HTML itself. */
    public static Html text(String text) {
        return new Html(escape(text));
    }

    /** A paragraph holding {@code text}. */
    public static Html paragraph(String text) {
        return new Html("<p>" + escape(text) + "</p>");
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Written as its UTF-8 bytes are: a page is UTF-8, so nothing is encoded again. */
    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(bytes.utf8());
    }

    @Override
    public boolean isEmptyContent() {
        return bytes.isBlank();
    }
}
