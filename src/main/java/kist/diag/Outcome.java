package kist.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stage's result: a value when the input allowed one, and what was found wrong on the way. */
public record Outcome<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Outcome<T> of(T value, List<Diagnostic> diagnostics) {
        return new Outcome<>(Optional.of(value), diagnostics);
    }

    public static <T> Outcome<T> failed(List<Diagnostic> diagnostics) {
        return new Outcome<>(Optional.empty(), diagnostics);
    }

    public static <T> Outcome<T> failed(Diagnostic diagnostic) {
        return failed(List.of(diagnostic));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
