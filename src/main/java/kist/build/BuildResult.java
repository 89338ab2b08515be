package kist.build;

import java.util.List;

import kist.diag.Diagnostic;
import kist.output.OutputFile;

/**
 * The outcome of one build: the site's files sorted by path, every diagnostic, sorted, how many
 * pages had their Markdown rendered (the others were taken over from a cache), and how long each
 * stage took (for --timings; never part of the output).
 */
public record BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int pages, int renderedPages,
                          java.util.Map<String, java.time.Duration> stageTimes) {

    public BuildResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
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
