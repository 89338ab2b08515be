package kist.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import kist.build.BuildOptions;
import kist.build.BuildResult;
import kist.build.OutputMemoFile;
import kist.build.PageMemo;
import kist.build.PageMemoFile;
import kist.build.SiteBuilder;
import kist.build.SiteSources;
import kist.build.SourceReader;
import kist.build.StageTimes;
import kist.config.SiteConfigLoader;
import kist.output.OutputMemo;
import kist.output.SiteWriter;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder, replacing it only when the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {
    private final Map<String, String> environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteFolder site;

    @Option(names = "--output", paramLabel = "DIR", description = "where the site is written; default: site/ inside the source")
    Path output;

    @CommandLine.Mixin
    Selection selection;

    @Option(names = "--base-url", paramLabel = "URL", description = "the address the site is published at, overriding kist.yaml's baseUrl")
    String baseUrl;

    @Option(names = "--no-cache", description = "render every page again, without reading or writing the build cache in .kist/cache/")
    boolean noCache;

    @Option(names = "--timings", description = "print how long each stage of the build took")
    boolean timings;

    BuildCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Path root = site.root();
        Optional<URI> base = Optional.ofNullable(baseUrl).map(url -> SiteConfigLoader.parseBaseUrl(url).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(),
                        "--base-url " + url + " is not an http(s) address or a path starting with '/'")));
        Path target = Optional.ofNullable(output).orElse(root.resolve("site"));
        Optional<String> refusal = SiteWriter.refusal(target, root);
        if (refusal.isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), refusal.get());
        }
        Instant now = now(environment);
        BuildOptions options = new BuildOptions(selection.drafts, selection.future, now, base, root.resolve(".kist/templates"));
        StageTimes before = new StageTimes();
        // the build cache is read while the sources are: neither needs the other
        Path memoFile = PageMemoFile.of(root);
        Path outputsFile = OutputMemoFile.of(root);
        CompletableFuture<PageMemo> memoRead = noCache ? CompletableFuture.completedFuture(new PageMemo())
                : CompletableFuture.supplyAsync(() -> PageMemoFile.read(memoFile));
        CompletableFuture<OutputMemo> outputsRead = noCache ? CompletableFuture.completedFuture(OutputMemo.none(target))
                : CompletableFuture.supplyAsync(() -> OutputMemoFile.read(outputsFile, target));
        SiteSources sources = SourceReader.read(root);
        PageMemo memo = memoRead.join();
        OutputMemo outputs = outputsRead.join();
        before.lap("read sources and build cache");
        // without the cache, nothing to take over and nothing to fingerprint for the next build
        BuildResult result = (noCache ? new SiteBuilder(options, memo) : new SiteBuilder(options, memo, outputs)).build(sources);
        StageTimes after = new StageTimes();
        CompletableFuture<Void> memoWritten = noCache || !memo.changed() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> PageMemoFile.write(memoFile, memo));
        result.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
        String shown = displayPath(target);
        if (result.succeeded()) {
            SiteWriter.write(target, result.files());
            // what the site now holds, for the next build to take over: only once it holds it
            if (!noCache && outputs.changed()) {
                try {
                    OutputMemoFile.write(outputsFile, outputs);
                } catch (java.io.UncheckedIOException e) {
                    err.println("kist: warning: " + e.getMessage() + "; the next build renders every page again");
                }
            }
        }
        try {
            memoWritten.join();
        } catch (CompletionException e) {
            err.println("kist: warning: " + e.getCause().getMessage() + "; the next build renders every page again");
        }
        after.lap("write site and build cache");
        if (timings) {
            err.print(StageTimes.lines(before.stages(), result.stageTimes(), after.stages()));
        }
        if (!result.succeeded()) {
            err.printf("kist: build failed with %d error%s; %s was left as it was%n",
                    result.errorCount(), result.errorCount() == 1 ? "" : "s", shown);
            return Main.CONTENT_ERRORS;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String suggestions = result.suggestionCount() == 0 ? ""
                : String.format(Locale.ROOT, ", %d suggestion%s", result.suggestionCount(), result.suggestionCount() == 1 ? "" : "s");
        int fromCache = Math.max(0, result.pages() - result.renderedPages());
        int asTheyWere = outputs.takenOver();
        err.printf(Locale.ROOT, "kist: %d page%s%s, %d files written to %s%s, %d warning%s%s, %.2f s%n",
                result.pages(), result.pages() == 1 ? "" : "s", fromCache == 0 ? "" : " (" + fromCache + " from the build cache)",
                result.files().size(), shown, asTheyWere == 0 ? "" : " (" + asTheyWere + " pages as they were)",
                result.warningCount(), result.warningCount() == 1 ? "" : "s", suggestions, seconds);
        return 0;
    }

    /** "Now" for leaving out future posts: SOURCE_DATE_EPOCH when set, so builds can be reproduced. */
    static Instant now(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + epoch + "'");
            }
        }
        return Instant.now();
    }

    private static String displayPath(Path target) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = target.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute) + "/";
    }

}
