package kist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import kist.build.BuildOptions;
import kist.build.PageMemoFile;
import kist.build.BuildResult;
import kist.build.SiteBuilder;
import kist.build.SiteSources;
import kist.build.SourceReader;
import kist.check.SiteChecker;
import kist.diag.Diagnostic;
import kist.diag.Severity;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Builds the site in memory (writing nothing to site/) and checks links, anchors, images, "
                + "the HTML written in posts, pages nothing links to and techniques used once.")
final class CheckCommand implements Callable<Integer> {
    private final Map<String, String> environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteFolder site;

    @CommandLine.Mixin
    Selection selection;

    CheckCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path root = site.root();
        BuildOptions options = new BuildOptions(selection.drafts, selection.future, BuildCommand.now(environment), Optional.empty(),
                root.resolve(".kist/templates"));
        SiteSources sources = SourceReader.read(root);
        BuildResult result = new SiteBuilder(options, PageMemoFile.read(PageMemoFile.of(root))).build(sources);
        List<Diagnostic> findings = new ArrayList<>(result.diagnostics());
        if (result.succeeded()) {
            findings.addAll(new SiteChecker(sources, options).check(result));
        }
        findings.stream().distinct().sorted(Diagnostic.ORDER).forEach(finding -> err.println(finding.format()));
        long errors = findings.stream().filter(Diagnostic::isError).count();
        long warnings = findings.stream().filter(finding -> finding.severity() == Severity.WARNING).count();
        err.printf("kist: checked %d page%s: %d error%s, %d warning%s%s%n", result.pages(), result.pages() == 1 ? "" : "s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s",
                result.succeeded() ? "" : " (the build failed, so the built pages were not checked)");
        return errors > 0 ? Main.CONTENT_ERRORS : 0;
    }
}
