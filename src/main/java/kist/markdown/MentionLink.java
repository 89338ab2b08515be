package kist.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The first plain-text mention of a technique, made a link to its page. Its child is the text. */
final class MentionLink extends Node {
    private final String href;

    MentionLink(BasedSequence chars, String href) {
        super(chars);
        this.href = href;
    }

    String href() {
        return href;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
