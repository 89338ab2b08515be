package kist.importer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kist.build.SiteSources;
import kist.build.SourceReader;
import kist.config.SiteConfig;
import kist.config.SiteConfigLoader;
import kist.content.ContentPaths;
import kist.content.Document;
import kist.content.FrontMatterParser;
import kist.content.SourceFile;
import kist.content.Slugs;
import kist.diag.Diagnostic;
import kist.diag.Outcome;

/**
 * {@code kist import blogger}: the I/O edge around {@link ImportPlanner}. Everything is read and
 * planned before anything is written; an existing file is only replaced with {@code force}.
 */
public final class BloggerImport {
    private BloggerImport() {
    }

    /**
     * What an import did (or, with dry-run, would do): the lines of its report, and the problems
     * found. With an error nothing was written.
     */
    public record Report(List<String> lines, List<Diagnostic> diagnostics) {
        public Report {
            lines = List.copyOf(lines);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** @param exportName the export as the author named it, for messages */
    public static Report run(Path export, String exportName, Path root, ImportOptions options) {
        byte[] xml;
        try {
            xml = Files.readAllBytes(export);
        } catch (IOException e) {
            return failed(Diagnostic.error(exportName, 0, 0, "cannot read the export: " + e.getMessage(),
                    "give the path of the file Blogger made (blog-MM-DD-YYYY.xml) or Takeout's feed.atom"));
        }
        Outcome<BloggerExport> parsed = BloggerXml.parse(exportName, xml);
        if (parsed.value().isEmpty()) {
            return new Report(List.of(), parsed.diagnostics());
        }
        BloggerExport blog = parsed.value().get();

        SiteSources sources = SourceReader.read(root);
        boolean newConfig = sources.config().isEmpty();
        String configText = sources.config().map(SourceFile::text).orElseGet(() -> starterConfig(blog));
        Outcome<SiteConfig> config = SiteConfigLoader.load(configText);
        if (config.value().isEmpty()) {
            return new Report(List.of(), config.diagnostics());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ImportTarget target = new ImportTarget(config.value().get(), configText, techniques(sources, config.value().get(), diagnostics));

        Map<String, ImportPlanner.Picture> pictures = new HashMap<>();
        List<String> lines = new ArrayList<>();
        if (options.images() == ImageMode.DOWNLOAD) {
            var wanted = ImportPlanner.picturesToFetch(blog, options.pictureHosts());
            if (options.dryRun()) {
                lines.add("would download " + wanted.size() + " picture" + plural(wanted.size()));
            } else {
                new PictureFetcher().fetchAll(wanted).forEach((url, result) -> {
                    result.picture().ifPresentOrElse(picture -> pictures.put(url, picture),
                            () -> diagnostics.add(Diagnostic.warning(exportName, 0, 0,
                                    "could not download " + url + ": " + result.problem(), "the post keeps the picture's old address")));
                });
            }
        }
        ImportPlan plan = ImportPlanner.plan(blog, target, options.pictureHosts(), pictures);
        diagnostics.addAll(plan.warnings());

        List<ImportPlan.PlannedFile> toWrite = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ImportPlan.PlannedFile file : plan.files()) {
            if (Files.exists(root.resolve(file.path())) && !options.force()) {
                skipped.add(file.path());
            } else {
                toWrite.add(file);
            }
        }
        Optional<String> kistYaml = newConfig ? Optional.of(plan.kistYaml().orElse(configText)) : plan.kistYaml();
        String verb = options.dryRun() ? "would write " : "write ";
        toWrite.forEach(file -> lines.add(verb + file.path()));
        kistYaml.ifPresent(text -> lines.add((options.dryRun() ? "would " : "") + (newConfig ? "create " : "update ")
                + SiteConfigLoader.FILE_NAME + " (" + plan.counts().redirectsAdded() + " redirect" + plural(plan.counts().redirectsAdded()) + ")"));
        skipped.forEach(path -> lines.add("skip " + path + " (it exists; --force replaces it)"));
        if (!options.dryRun()) {
            try {
                for (ImportPlan.PlannedFile file : toWrite) {
                    write(root.resolve(file.path()), file.bytes());
                }
                if (kistYaml.isPresent()) {
                    write(root.resolve(SiteConfigLoader.FILE_NAME), kistYaml.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(root.toString(), 0, 0, "writing failed: " + e.getMessage(),
                        "check that the site folder is writable; files written so far stay"));
                return new Report(lines, diagnostics);
            }
        }
        lines.add(summary(plan.counts(), toWrite.size() + (kistYaml.isPresent() ? 1 : 0), skipped.size(), options));
        if (plan.counts().onOldHost() > 0) {
            lines.add(plan.counts().onOldHost() + " post" + plural(plan.counts().onOldHost())
                    + " still point" + (plan.counts().onOldHost() == 1 ? "s" : "") + " at the old blog's host"
                    + (options.images() == ImageMode.KEEP ? " (--images download brings Blogger's pictures home)" : ""));
        }
        return new Report(lines, diagnostics);
    }

    private static Report failed(Diagnostic diagnostic) {
        return new Report(List.of(), List.of(diagnostic));
    }

    private static String summary(ImportPlan.Counts counts, int written, int skipped, ImportOptions options) {
        return String.format(Locale.ROOT, "kist: %s %d post%s, %d draft%s, %d page%s, %d comment%s, %d label%s; %d file%s %s, %d skipped",
                options.dryRun() ? "would import" : "imported",
                counts.posts(), plural(counts.posts()), counts.drafts(), plural(counts.drafts()), counts.pages(), plural(counts.pages()),
                counts.comments(), plural(counts.comments()), counts.labels(), plural(counts.labels()),
                written, plural(written), options.dryRun() ? "to write" : "written", skipped);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A folder without kist.yaml gets one named after the blog. */
    private static String starterConfig(BloggerExport blog) {
        String title = blog.title().isBlank() ? "My blog" : blog.title();
        return "# kist.yaml — the site's configuration, started by kist import blogger\n"
                + "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }

    /** The site's techniques by every folded name a label might use: file name, title, aliases. */
    private static Map<String, ImportTarget.Technique> techniques(SiteSources sources, SiteConfig config, List<Diagnostic> problems) {
        Map<String, ImportTarget.Technique> byName = new HashMap<>();
        String path = config.taxonomy("techniques").path();
        for (SourceFile file : sources.techniques()) {
            Outcome<Document> parsed = FrontMatterParser.parse(file, false, config.timeZone());
            problems.addAll(parsed.diagnostics().stream().filter(d -> !d.isError()).toList());
            String baseName = ContentPaths.baseName(file.path());
            String slug = Slugs.slugify(baseName);
            Optional<Document> document = parsed.value();
            String name = document.map(d -> d.frontMatter().title()).filter(t -> !t.isBlank()).orElse(baseName);
            ImportTarget.Technique technique = new ImportTarget.Technique(name, path + slug + "/");
            byName.put(Slugs.fold(baseName), technique);
            byName.putIfAbsent(Slugs.fold(name), technique);
            document.ifPresent(d -> d.frontMatter().aliases().forEach(alias -> byName.putIfAbsent(Slugs.fold(alias), technique)));
        }
        return byName;
    }

    /** Writes beside the target and moves into place, so a file is never left half written. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".kist-import-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

}
