package kist.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kist.diag.Diagnostic;
import kist.diag.Position;
import kist.markdown.AuthoredHtml;

/**
 * Checks that the HTML an author wrote in one body is well formed: every element closed, in the
 * order it was opened, no end tag without its start tag. The fragments are read as one stream in
 * document order, because an author may open a {@code <div>} in one HTML block, write Markdown,
 * and close it in a later block; inline tags must close in the paragraph that opened them.
 * <p>
 * A small tag scanner rather than jsoup's parser: the HTML5 tree builder repairs most mistakes
 * silently (a stray {@code </div>} vanishes, an unclosed one is closed at the end), and its error
 * positions would be offsets into a string kist made, not the author's file.
 */
final class HtmlNesting {
    /** Elements that never have content or an end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** Elements whose end tag HTML lets the author leave out. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "rt", "rp", "rb", "rtc", "optgroup",
            "option", "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "html", "head", "body");
    /** Elements whose content is text up to their end tag, not markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

    private record Open(String name, int offset, int container) {
    }

    private final AuthoredHtml html;
    private final String file;
    private final List<Open> stack = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private HtmlNesting(AuthoredHtml html, String file) {
        this.html = html;
        this.file = file;
    }

    static List<Diagnostic> check(AuthoredHtml html, String file) {
        HtmlNesting nesting = new HtmlNesting(html, file);
        for (AuthoredHtml.Fragment fragment : html.fragments()) {
            nesting.closeInlineOf(fragment);
            nesting.scan(fragment);
        }
        for (Open open : List.copyOf(nesting.stack)) {
            if (!OPTIONAL_END.contains(open.name())) {
                nesting.error(open.offset(), "<" + open.name() + "> is never closed",
                        "close it with </" + open.name() + ">");
            }
        }
        return nesting.problems;
    }

    /** Inline tags left open when the paragraph that opened them has ended. */
    private void closeInlineOf(AuthoredHtml.Fragment next) {
        while (!stack.isEmpty()) {
            Open top = stack.get(stack.size() - 1);
            if (top.container() < 0 || top.container() == next.container()) {
                return;
            }
            stack.remove(stack.size() - 1);
            if (!OPTIONAL_END.contains(top.name())) {
                error(top.offset(), "<" + top.name() + "> is not closed in the paragraph that opens it",
                        "close it with </" + top.name() + "> before the paragraph ends");
            }
        }
    }

    private void scan(AuthoredHtml.Fragment fragment) {
        String text = fragment.html();
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return;
            }
            char next = text.charAt(lt + 1);
            if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt + 4);
                i = end < 0 ? text.length() : end + 3;
            } else if (next == '!' || next == '?') {
                int end = text.indexOf('>', lt);
                i = end < 0 ? text.length() : end + 1;
            } else if (isAsciiLetter(next) || next == '/' && lt + 2 < text.length() && isAsciiLetter(text.charAt(lt + 2))) {
                i = tag(fragment, lt);
            } else {
                i = lt + 1;
            }
        }
    }

    /** Reads the tag at {@code lt}; returns the offset after it (after a raw text element's content). */
    private int tag(AuthoredHtml.Fragment fragment, int lt) {
        String text = fragment.html();
        boolean end = text.charAt(lt + 1) == '/';
        int nameStart = lt + (end ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd))
                && text.charAt(nameEnd) != '>' && text.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int close = tagEnd(text, nameEnd);
        int at = fragment.start() + lt;
        if (close < 0) {
            error(at, "the tag <" + (end ? "/" : "") + name + " never ends", "end it with '>'");
            return text.length();
        }
        boolean selfClosing = text.charAt(close - 1) == '/';
        if (end) {
            endTag(name, at);
        } else if (!VOID.contains(name) && !selfClosing) {
            stack.add(new Open(name, at, fragment.container()));
            if (RAW_TEXT.contains(name)) {
                int endTag = text.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
                return endTag < 0 ? text.length() : endTag;
            }
        }
        return close + 1;
    }

    private void endTag(String name, int at) {
        if (VOID.contains(name)) {
            error(at, "</" + name + "> is not allowed: <" + name + "> has no end tag", "remove </" + name + ">");
            return;
        }
        int match = stack.size() - 1;
        while (match >= 0 && !stack.get(match).name().equals(name)) {
            match--;
        }
        if (match < 0) {
            error(at, "</" + name + "> closes nothing: no <" + name + "> is open here",
                    "remove it, or add the <" + name + "> it should close");
            return;
        }
        for (int i = stack.size() - 1; i > match; i--) {
            Open inner = stack.remove(i);
            if (!OPTIONAL_END.contains(inner.name())) {
                Position opened = html.at(inner.offset());
                error(at, "</" + name + "> closes <" + name + "> while <" + inner.name() + "> (opened at "
                                + opened.line() + ":" + opened.column() + ") is still open",
                        "close </" + inner.name() + "> first: tags close in the reverse order they open");
            }
        }
        stack.remove(match);
    }

    /** The offset of the '>' that ends a tag, skipping quoted attribute values; -1 when there is none. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && afterEquals(text, from, i)) {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** A quote opens a value only right after '=': {@code title=don't} is no quote. */
    private static boolean afterEquals(String text, int from, int i) {
        int j = i - 1;
        while (j >= from && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= from && text.charAt(j) == '=';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private void error(int offset, String message, String hint) {
        Position at = html.at(offset);
        problems.add(Diagnostic.error(file, at.line(), at.column(), message, hint));
    }
}
