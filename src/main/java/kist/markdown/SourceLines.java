package kist.markdown;

import java.util.Arrays;

import kist.diag.Position;

/** Turns offsets in a Markdown body into file positions; the body starts at {@code firstLine}. */
final class SourceLines {
    private final int[] lineStarts;
    private final int firstLine;

    SourceLines(String text, int firstLine) {
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

    Position at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(firstLine + line, offset - lineStarts[line] + 1);
    }
}
