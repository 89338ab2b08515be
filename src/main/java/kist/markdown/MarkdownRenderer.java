package kist.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * kist's one Markdown setup: CommonMark with GFM tables, strikethrough, autolinks and task lists,
 * footnotes, definition lists, heading ids with self links, and typography that knows Dutch
 * elisions. Build one per build and share it: {@link #render} is thread-safe, because flexmark's
 * built parser and renderer are and each call works on its own document.
 */
public final class MarkdownRenderer {

    private static final Pattern MORE_MARKER = Pattern.compile("<!--\\s*more\\s*-->");

    private final MarkdownOptions options;
    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(MarkdownOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        MutableDataSet flexmark = flexmarkOptions(options, true);
        this.parser = Parser.builder(flexmark).build();
        this.parserWithoutAutolinks = Parser.builder(flexmarkOptions(options, false)).build();
        this.renderer = HtmlRenderer.builder(flexmark).build();
    }

    private static MutableDataSet flexmarkOptions(MarkdownOptions options, boolean autolinks) {
        MutableDataSet set = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                TypographicExtension.create(),
                WikiLinkExtension.create(),
                new KistExtension()));
        if (autolinks) {
            extensions.add(2, AutolinkExtension.create());
        }
        set.set(Parser.EXTENSIONS, extensions);
        // [[target|text]] as Obsidian writes it; kist resolves targets itself
        set.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        set.set(WikiLinkExtension.ALLOW_ANCHORS, false);

        // GFM table behaviour: the header row fixes the column count
        set.set(TablesExtension.COLUMN_SPANS, false);
        set.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        set.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        set.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);

        // flexmark's default adds readonly, which the Nu HTML checker rejects on a checkbox
        set.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" /> ");
        set.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" /> ");

        // characters instead of entities, so plain text, heading text and ids see the real characters
        set.set(TypographicExtension.SINGLE_QUOTE_OPEN, DutchElisions.OPENING_QUOTE);
        set.set(TypographicExtension.SINGLE_QUOTE_CLOSE, DutchElisions.APOSTROPHE);
        set.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, DutchElisions.APOSTROPHE);
        set.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        set.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        set.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        set.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        set.set(TypographicExtension.ELLIPSIS, "\u2026");
        set.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        set.set(TypographicExtension.EN_DASH, "\u2013");
        set.set(TypographicExtension.EM_DASH, "\u2014");

        set.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        set.set(HtmlRenderer.RENDER_HEADER_ID, true);
        set.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        set.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        set.set(HtmlRenderer.ESCAPE_HTML, options.rawHtml() == RawHtml.ESCAPE);
        // the HTML is written as flexmark makes it, without a pass over every character that trims
        // leading whitespace: 8 % less rendering time. Only whitespace a browser ignores differs
        // (a line indented after a hard break keeps its indent; a footnote's </li> follows its
        // back-link on the same line)
        set.set(HtmlRenderer.FORMAT_FLAGS, com.vladsch.flexmark.util.sequence.LineAppendable.F_PASS_THROUGH);
        return set;
    }

    /**
     * Bare URLs and e-mail addresses need "://", "www." or "@". Most posts have none, and the
     * autolink pass costs half a parse, so those are parsed without it: the tree is the same.
     */
    static boolean mayHoldBareLinks(String markdown) {
        if (markdown.indexOf('@') >= 0 || markdown.contains("://")) {
            return true;
        }
        for (int at = markdown.indexOf('.'); at >= 3; at = markdown.indexOf('.', at + 1)) {
            if (markdown.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ATX_HEADING = java.util.regex.Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    /**
     * Lines that can hold or make a heading a line scan would misread: setext underlines, quotes,
     * list items, HTML. Every alternative starts at the line's start: matched with lookingAt, as
     * find would try each later position in vain.
     */
    private static final java.util.regex.Pattern UNSURE = java.util.regex.Pattern.compile(
            "^ {0,3}(?:=+|-+)[ \\t]*$|^[ \\t]*(?:(?:>|[*+-]|\\d+[.)])[ \\t]*)+#|^[ \\t]*<|^(?: {4}|\\t)[ \\t]*#");

    /**
     * The headings of a body, with the ids they get, for links from other pages: the first pass
     * of a build needs only these, and keeping every page's tree until the second pass would hold
     * the whole site in memory. A plain body's headings are found from its heading lines alone;
     * anything a line scan could misread (setext headings, quotes, lists, HTML, reference links)
     * gets a full parse. Headings of plain words (letters, digits, single spaces: most) get their
     * text and id without a parse, as flexmark's id generator gives them; the second pass checks
     * these against the real ones anyway.
     */
    public List<Heading> headings(String markdown) {
        StringBuilder headingLines = new StringBuilder();
        List<Heading> plain = new ArrayList<>();
        HeaderIdGenerator ids = null;
        String fence = null;
        for (int start = 0, end; start <= markdown.length(); start = end + 1) {
            end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            // most lines start with a letter: no heading, fence, quote, list or HTML can start there
            int indent = start;
            while (indent < end && (markdown.charAt(indent) == ' ' || markdown.charAt(indent) == '\t')) {
                indent++;
            }
            if (indent == end) {
                continue;
            }
            char first = markdown.charAt(indent);
            if (fence != null ? first != fence.charAt(0) : "`~#=-*+><".indexOf(first) < 0 && !Character.isDigit(first)) {
                continue;
            }
            String line = markdown.substring(start, end);
            java.util.regex.Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.lookingAt() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length() && line.strip().equals(fenceMatch.group(1).strip())) {
                    fence = null;
                }
                continue;
            }
            if (fenceMatch.lookingAt()) {
                fence = fenceMatch.group(1);
            } else if (ATX_HEADING.matcher(line).matches()) {
                if (line.indexOf('[') >= 0) {
                    return parse(markdown, 1).headings();
                }
                headingLines.append(line).append("\n\n");
                if (plain != null) {
                    int level = 0;
                    for (int at = line.indexOf('#'); at < line.length() && line.charAt(at) == '#'; at++) {
                        level++;
                    }
                    String text = plainText(line.substring(line.indexOf('#') + level));
                    if (text == null) {
                        plain = null;
                    } else {
                        ids = ids == null ? new HeaderIdGenerator(parser.getOptions()) : ids;
                        plain.add(new Heading(level, text, ids.getId(text)));
                    }
                }
            } else if (UNSURE.matcher(line).lookingAt()) {
                return parse(markdown, 1).headings();
            }
        }
        return headingLines.length() == 0 ? List.of() : plain != null ? List.copyOf(plain) : parse(headingLines.toString(), 1).headings();
    }

    /**
     * An ATX heading's text after its opening #s, when it is plain words (letters and digits
     * separated by single spaces, which no inline syntax or typography changes), else null.
     */
    static String plainText(String afterOpening) {
        String content = afterOpening.strip();
        // a closing sequence of #s, after a space (or all of it)
        int end = content.length();
        while (end > 0 && content.charAt(end - 1) == '#') {
            end--;
        }
        if (end < content.length() && (end == 0 || content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
            content = content.substring(0, end).strip();
        }
        if (content.isEmpty()) {
            return null;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == ' ' ? content.charAt(i - 1) == ' ' : !Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        return content;
    }

    /** Renders Markdown on its own, links as written: for bodies that belong to no site. */
    public RenderedMarkdown render(String markdown) {
        return render(parse(markdown, 1), LinkResolver.NONE);
    }

    /**
     * Parses one body whose first line is line {@code firstLine} of its file; safe to call from
     * several threads at once. Headings get their ids here, so other pages can link to them.
     */
    public ParsedMarkdown parse(String markdown, int firstLine) {
        Objects.requireNonNull(markdown, "markdown");
        Document document = (mayHoldBareLinks(markdown) ? parser : parserWithoutAutolinks).parse(markdown);
        Optional<MoreMarker> marker = replaceMoreMarker(document, markdown);
        new HeaderIdGenerator(document).generateIds(document);
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String id = heading.getAnchorRefId() == null ? "" : heading.getAnchorRefId();
                headings.add(new Heading(heading.getLevel(), PlainText.of(heading), id));
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                heading.appendChild(new HeadingAnchor());
            }
        }
        return new ParsedMarkdown(document, marker, new SourceLines(markdown, firstLine), headings);
    }

    /**
     * Renders a parsed body, asking {@code links} where its wikilinks and internal links go and
     * which mentions become links; safe to call from several threads at once, once per body.
     */
    public RenderedMarkdown render(ParsedMarkdown parsed, LinkResolver links) {
        parsed.markRendered();
        Document document = parsed.ast;
        document.set(KistExtension.RESOLUTIONS, new LinkPass(parsed, links).run());
        Optional<MoreMarker> marker = parsed.marker;
        boolean fromMarker = marker.isPresent();
        // the summary is cut from the one rendering of the page, between sentinels the source
        // cannot contain: before the more-marker, or around the first paragraph
        String source = Sequences.text(document.getChars());
        Optional<MoreMarker> start = Optional.empty();
        Optional<MoreMarker> end = marker;
        StringBuilder summaryText = new StringBuilder();
        if (fromMarker) {
            for (Node node = document.getFirstChild(); node != null && node != marker.get(); node = node.getNext()) {
                appendText(summaryText, node);
            }
        } else {
            Optional<Node> first = firstParagraph(document);
            if (first.isPresent()) {
                Node paragraph = first.get();
                start = Optional.of(new MoreMarker(paragraph.getChars().subSequence(0, 0), sentinel(source, "start")));
                end = Optional.of(new MoreMarker(paragraph.getChars().subSequence(0, 0), sentinel(source, "end")));
                paragraph.insertBefore(start.get());
                paragraph.insertAfter(end.get());
                appendText(summaryText, paragraph);
            }
        }
        String html = renderer.render(document);
        String summary = "";
        if (end.isPresent()) {
            int from = start.map(s -> html.indexOf(s.sentinel()) + s.sentinel().length()).orElse(0);
            summary = html.substring(from, html.indexOf(end.get().sentinel())).strip() + "\n";
        }
        String page = remove(html, end);
        page = remove(page, start);
        List<Heading> headings = parsed.headings();
        return new RenderedMarkdown(HtmlBytes.of(page), summary.isBlank() ? "" : standalone(summary, links.ownHref()), summaryText.toString().strip(),
                fromMarker, headings, TableOfContents.html(headings, options.tocMinHeadings()), PlainText.of(document));
    }

    private static void appendText(StringBuilder text, Node node) {
        String part = PlainText.of(node);
        if (!part.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(part);
        }
    }

    /** Takes a sentinel out of the HTML, with the line break the renderer put after it. */
    private static String remove(String html, Optional<MoreMarker> marker) {
        if (marker.isEmpty()) {
            return html;
        }
        String sentinel = marker.get().sentinel();
        int at = html.indexOf(sentinel);
        int after = at + sentinel.length();
        if (after < html.length() && html.charAt(after) == '\n') {
            after++;
        }
        int before = at > 0 && html.charAt(at - 1) == '\n' && (at < 2 || html.charAt(at - 2) == '\n') ? at - 1 : at;
        return html.substring(0, before) + html.substring(after);
    }

    private static Optional<Node> firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /**
     * Swaps the first top-level {@code <!--more-->} line for a {@link MoreMarker}, so it never shows,
     * not even when raw HTML is escaped. Only a line of its own at top level counts: one inside a
     * list or quote would split the HTML in the middle of an element.
     */
    private static Optional<MoreMarker> replaceMoreMarker(Document document, String markdown) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlockBase && MORE_MARKER.matcher(node.getChars().trim()).matches()) {
                MoreMarker marker = new MoreMarker(node.getChars(), sentinel(markdown, "more"));
                node.insertBefore(marker);
                node.unlink();
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }

    /** Rendered HTML only holds markup from the source or from flexmark, so a string absent from the source is unique. */
    private static String sentinel(String markdown, String name) {
        int n = 0;
        while (markdown.contains("<!--kist-" + name + "-" + n + "-->")) {
            n++;
        }
        return "<!--kist-" + name + "-" + n + "-->";
    }

    /**
     * A summary is shown away from its post, often beside other summaries on one list page: ids
     * would clash there (every post's first footnote is fnref-1), and footnote references and
     * heading self-links would point at nothing. It keeps its text and loses those, and its links
     * to the page's own headings name the page.
     */
    private static String standalone(String summary, java.util.Optional<String> pageHref) {
        if (!summary.contains(" id=\"") && !summary.contains("href=\"#")) {
            return summary;
        }
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(summary);
        fragment.outputSettings().prettyPrint(false);
        fragment.select("sup:has(> a.footnote-ref)").remove();
        fragment.select("a.anchor").remove();
        fragment.select("[id]").removeAttr("id");
        // a link to a heading of the page must still find it from a list page
        pageHref.ifPresent(href -> fragment.select("a[href^=#]").forEach(link -> link.attr("href", href + link.attr("href"))));
        return fragment.body().html();
    }

}
