package kist.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Stands in for the {@code <!--more-->} line while rendering. It renders as a sentinel the source
 * cannot contain, so the summary split point is found exactly whatever raw HTML the body holds.
 */
final class MoreMarker extends Block implements DoNotCollectText {

    private final String sentinel;

    MoreMarker(BasedSequence chars, String sentinel) {
        super(chars);
        this.sentinel = sentinel;
    }

    String sentinel() {
        return sentinel;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
