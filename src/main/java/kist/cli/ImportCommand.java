package kist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import kist.importer.BloggerImport;
import kist.importer.ImageMode;
import kist.importer.ImportOptions;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Brings content from another blog platform into the site.",
        subcommands = {ImportCommand.Blogger.class})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import from, for example: kist import blogger blog-10-03-2007.xml");
    }

    @Command(name = "blogger", mixinStandardHelpOptions = true,
            description = {"Imports a Blogger export (Settings → Back up content, or Google Takeout's feed.atom):",
                    "posts, drafts, pages, labels and comments, with the old addresses kept as aliases and redirects."})
    static final class Blogger implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "EXPORT", description = "the export file (blog-MM-DD-YYYY.xml or feed.atom)")
        Path export;

        @CommandLine.Mixin
        SiteFolder site;

        @Option(names = "--dry-run", description = "print what would be written, and write nothing")
        boolean dryRun;

        @Option(names = "--force", description = "replace files that already exist (they are skipped otherwise)")
        boolean force;

        @Option(names = "--images", paramLabel = "keep|download", description = "keep: pictures keep their Blogger addresses (default);"
                + " download: fetch Blogger-hosted pictures into each post's folder")
        ImageMode images = ImageMode.KEEP;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path root = site.root();
            if (!Files.isRegularFile(export)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no export file at " + export);
            }
            BloggerImport.Report report = BloggerImport.run(export, export.toString(), root, new ImportOptions(dryRun, force, images));
            report.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
            if (report.failed()) {
                err.println(report.lines().isEmpty() ? "kist: import failed; nothing was written" : "kist: import failed part way");
                return Main.CONTENT_ERRORS;
            }
            report.lines().forEach(out::println);
            return 0;
        }
    }
}
