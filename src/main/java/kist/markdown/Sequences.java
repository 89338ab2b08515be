package kist.markdown;

import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's sequences make a String char by char through their layers of offsets; a plain
 * stretch of the source is cut from the source's own text instead, which is the same string.
 */
final class Sequences {
    private Sequences() {
    }

    static String text(CharSequence chars) {
        if (chars instanceof SubSequence sequence) {
            return sequence.getBase().subSequence(sequence.getStartOffset(), sequence.getEndOffset()).toString();
        }
        return chars.toString();
    }
}
