package kist.diag;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);

    public Position shiftLines(int lines) {
        return new Position(line + lines, column);
    }
}
