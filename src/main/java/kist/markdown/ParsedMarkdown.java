package kist.markdown;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A parsed Markdown body: its headings (with the ids they will have) are known before any page is
 * rendered, so links to headings of other pages can be checked. Rendered once: rendering links
 * its mentions into the tree.
 */
public final class ParsedMarkdown {
    final Document ast;
    final java.util.Optional<MoreMarker> marker;
    final SourceLines lines;
    private final List<Heading> headings;
    private final AtomicBoolean rendered = new AtomicBoolean();

    ParsedMarkdown(Document ast, java.util.Optional<MoreMarker> marker, SourceLines lines, List<Heading> headings) {
        this.ast = ast;
        this.marker = marker;
        this.lines = lines;
        this.headings = List.copyOf(headings);
    }

    public List<Heading> headings() {
        return headings;
    }

    void markRendered() {
        if (!rendered.compareAndSet(false, true)) {
            throw new IllegalStateException("a parsed Markdown body is rendered once");
        }
    }
}
