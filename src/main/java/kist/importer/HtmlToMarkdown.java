package kist.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Blogger's HTML as clean Markdown, by flexmark's converter, with two repairs around it. Before:
 * Blogger writes lines as {@code <br>}-separated text in {@code <div>}s and styles with spans, so
 * those become paragraphs; and what Markdown cannot say (embeds, tables with merged cells) is set
 * aside, because the converter drops {@code <iframe>} and flattens {@code colspan}. After: what
 * was set aside comes back as raw HTML blocks, which kist passes through.
 */
final class HtmlToMarkdown {
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "blockquote", "hr", "figure", "center", "section", "article", "header", "footer", "aside", "nav",
            "form", "address", "details");
    /** Wrappers that only group lines: their content joins the flow around them. */
    private static final Set<String> WRAPPERS = Set.of("div", "center", "section", "article", "header", "footer");
    private static final Set<String> EMBEDS = Set.of("iframe", "object", "embed", "video", "audio");
    /** CommonMark starts an HTML block at these tags; anything else set aside is wrapped in a div. */
    private static final Set<String> HTML_BLOCK_TAGS = Set.of("iframe", "table", "div", "figure");
    private static final String TOKEN = "kistrawhtmlblock";

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** Converts {@code body} (a jsoup element holding the post's HTML; it is changed on the way). */
    String convert(Element body) {
        List<String> setAside = new ArrayList<>();
        for (Element element : new ArrayList<>(body.select("*"))) {
            if (element.parent() != null && isSetAside(element) && !hasSetAsideAncestor(element, body)) {
                String html = element.outerHtml().replaceAll("\\n[ \\t]*(?=\\n)", "");
                String tag = element.tagName().toLowerCase(Locale.ROOT);
                setAside.add(HTML_BLOCK_TAGS.contains(tag) ? html : "<div>" + html + "</div>");
                element.replaceWith(new Element("p").text(TOKEN + (setAside.size() - 1) + "x"));
            }
        }
        body.select("span, font").unwrap();
        normalize(body);
        String markdown = converter.convert(body.html()).strip();
        for (int i = 0; i < setAside.size(); i++) {
            markdown = markdown.replace(TOKEN + i + "x", setAside.get(i));
        }
        return markdown + "\n";
    }

    private static boolean isSetAside(Element element) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        return EMBEDS.contains(tag) || tag.equals("table") && !element.select("[colspan], [rowspan]").isEmpty();
    }

    private static boolean hasSetAsideAncestor(Element element, Element body) {
        for (Element up = element.parent(); up != null && up != body; up = up.parent()) {
            if (isSetAside(up)) {
                return true;
            }
        }
        return false;
    }

    /** Gives every run of inline content in {@code container} its own paragraph, split at line breaks. */
    private static void normalize(Element container) {
        for (Element child : new ArrayList<>(container.children())) {
            String tag = child.tagName().toLowerCase(Locale.ROOT);
            if (WRAPPERS.contains(tag)) {
                normalize(child);
                child.unwrap();
            } else if (tag.equals("blockquote")) {
                normalize(child);
            } else if (tag.equals("p") && !child.select("> br").isEmpty()) {
                normalize(child);
                child.unwrap();
            }
        }
        List<Node> run = new ArrayList<>();
        for (Node node : new ArrayList<>(container.childNodes())) {
            boolean block = node instanceof Element element && BLOCKS.contains(element.tagName().toLowerCase(Locale.ROOT));
            boolean lineBreak = node instanceof Element element && element.tagName().equalsIgnoreCase("br");
            if (block || lineBreak) {
                wrap(run);
                if (lineBreak) {
                    node.remove();
                }
            } else {
                run.add(node);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean blank = run.stream().allMatch(node -> node instanceof TextNode text && text.isBlank());
        if (blank) {
            run.forEach(Node::remove);
        } else {
            Element paragraph = new Element("p");
            run.get(0).before(paragraph);
            run.forEach(node -> paragraph.appendChild(node));
        }
        run.clear();
    }
}
