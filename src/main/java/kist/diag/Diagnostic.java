package kist.diag;

import java.util.Comparator;

/**
 * A problem the author can fix. {@code file} is relative to the site folder with '/' separators;
 * line and column are 1-based (0 when the problem concerns the whole file).
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, column, message, hint);
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return error(file, line, column, message, "");
    }

    public static Diagnostic warning(String file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/posts/x.md:12:5: error: message}, and an indented hint line where there is one. */
    public String format() {
        String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
        String text = where + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? text : text + System.lineSeparator() + "  hint: " + hint;
    }
}
