package kist.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

import kist.diag.Position;

/**
 * The HTML an author wrote into one Markdown body, as the one Markdown setup parses it: HTML
 * blocks and inline tags in document order, never code spans or code blocks, each with the offset
 * where it starts in the body, so checks of the author's HTML can report the author's lines.
 */
public final class AuthoredHtml {
    private final List<Fragment> fragments;
    private final SourceLines lines;

    /**
     * One piece of raw HTML. {@code container} tells inline tags of one paragraph (or heading,
     * table) from those of the next: the start offset of the block that holds them, or -1 for an
     * HTML block, which stands on its own between Markdown blocks.
     */
    public record Fragment(String html, int start, int container) {
        public boolean isInline() {
            return container >= 0;
        }
    }

    private AuthoredHtml(List<Fragment> fragments, SourceLines lines) {
        this.fragments = List.copyOf(fragments);
        this.lines = lines;
    }

    /** The raw HTML of {@code body}, whose first line is line {@code firstLine} of its file. */
    public static AuthoredHtml of(MarkdownRenderer markdown, String body, int firstLine) {
        ParsedMarkdown parsed = markdown.parse(body, firstLine);
        List<Fragment> fragments = new ArrayList<>();
        for (Node node : parsed.ast.getDescendants()) {
            if (node instanceof HtmlBlockBase) {
                fragments.add(new Fragment(node.getChars().toString(), node.getStartOffset(), -1));
            } else if (node instanceof HtmlInlineBase) {
                Block block = (Block) node.getAncestorOfType(Block.class);
                fragments.add(new Fragment(node.getChars().toString(), node.getStartOffset(),
                        block == null ? 0 : block.getStartOffset()));
            }
        }
        return new AuthoredHtml(fragments, parsed.lines);
    }

    public List<Fragment> fragments() {
        return fragments;
    }

    /** The file position of an offset in the body. */
    public Position at(int offset) {
        return lines.at(offset);
    }
}
