package kist.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Collects the readable text of a document: what a reader sees, with typography applied, blocks
 * separated by a blank line and table rows by a newline. flexmark's TextCollectingVisitor is not
 * used because it drops the typographic quotes and keeps the Markdown of dashes and ellipses.
 */
final class PlainText {

    private final StringBuilder out = new StringBuilder();
    private final Node target;
    private int targetOffset = -1;

    private PlainText(Node target) {
        this.target = target;
    }

    static String of(Node node) {
        PlainText text = new PlainText(null);
        text.visit(node);
        return text.out.toString().strip();
    }

    /** A block's readable text and where {@code target}, a node inside it, starts in that text. */
    record Located(String text, int offset) {
    }

    static Located locate(Node block, Node target) {
        PlainText text = new PlainText(target);
        text.visit(block);
        return new Located(text.out.toString(), Math.max(text.targetOffset, 0));
    }

    private void visit(Node node) {
        if (node == target) {
            targetOffset = out.length();
        }
        if (node instanceof com.vladsch.flexmark.ext.wikilink.WikiLink link) {
            // what the reader sees of [[target|text]]: its text, else its target
            out.append((link.getTextSeparatorMarker().isNotNull() ? link.getText() : link.getLink()).toString().replace('#', ' '));
            return;
        }
        if (node instanceof HeadingAnchor || node instanceof MoreMarker || node instanceof Footnote
                || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof TableSeparator) {
            // markup, not text: raw HTML, footnote reference numbers, the table's --- row
            return;
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(unescaped(node.getChars()));
        } else if (node instanceof TypographicSmarts smarts) {
            out.append(Escaping.unescapeString(smarts.getTypographicText()));
        } else if (node instanceof TypographicQuotes quotes) {
            out.append(unescapeOrEmpty(quotes.getTypographicOpening()));
            visitChildren(node);
            out.append(unescapeOrEmpty(quotes.getTypographicClosing()));
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            if (node.hasChildren()) {
                visitChildren(node);
            } else {
                out.append(node.getChildChars());
            }
        } else if (node instanceof SoftLineBreak) {
            out.append(' ');
        } else if (node instanceof HardLineBreak) {
            out.append('\n');
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            separate("\n\n");
            out.append(((Block) node).getContentChars());
            separate("\n\n");
        } else if (node instanceof TableRow) {
            separate("\n");
            visitChildren(node);
        } else if (node instanceof TableCell) {
            if (node.getPrevious() != null) {
                out.append(' ');
            }
            visitChildren(node);
        } else if (node instanceof Block) {
            separate("\n\n");
            visitChildren(node);
            separate("\n\n");
        } else {
            visitChildren(node);
        }
    }

    /**
     * Text with backslash escapes and entities resolved, as flexmark's {@code unescape()}, whose
     * regular expressions are run only on text that has a backslash or an ampersand.
     */
    static String unescaped(com.vladsch.flexmark.util.sequence.BasedSequence chars) {
        String text = Sequences.text(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }

    private void visitChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }

    /** Ends the text so far with {@code separator}, without stacking separators of nested blocks. */
    private void separate(String separator) {
        if (out.isEmpty()) {
            return;
        }
        int trailing = 0;
        while (trailing < out.length() && out.charAt(out.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        for (int i = trailing; i < separator.length(); i++) {
            out.append('\n');
        }
    }

    private static String unescapeOrEmpty(String typographic) {
        return typographic == null ? "" : Escaping.unescapeString(typographic);
    }
}
