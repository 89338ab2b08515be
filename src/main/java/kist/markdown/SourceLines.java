package kist.markdown;

import java.util.Arrays;

import kist.diag.Position;

/** Turns offsets in a Markdown body into file positions; the body starts at {@code firstLine}. */
public final class SourceLines {
    private final int[] lineStarts;
    private final int firstLine;

    public SourceLines(String text, int firstLine) {
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public Position at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(firstLine + line, offset - lineStarts[line] + 1);
    }

    /** Where line {@code line} (as {@link #at} counts lines) starts in the text; 0 outside it. */
    public int offsetOfLine(int line) {
        int index = line - firstLine;
        return index >= 0 && index < lineStarts.length ? lineStarts[index] : 0;
    }
}
