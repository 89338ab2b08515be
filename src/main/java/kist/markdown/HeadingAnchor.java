package kist.markdown;

import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The self link appended to every heading. It has no source text, so it adds nothing to the
 * heading's id or plain text.
 */
final class HeadingAnchor extends Node implements DoNotCollectText {

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
