package kist.build;

import java.util.List;

import kist.diag.Diagnostic;
import kist.output.OutputFile;

/** The outcome of one build: the site's files sorted by path, and every diagnostic, sorted. */
public record BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int pages) {

    public BuildResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == kist.diag.Severity.WARNING).count();
    }

    public long suggestionCount() {
        return diagnostics.stream().filter(d -> d.severity() == kist.diag.Severity.SUGGESTION).count();
    }
}
