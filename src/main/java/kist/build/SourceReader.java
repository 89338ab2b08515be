package kist.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import kist.cache.Reuse;
import kist.config.SiteConfigLoader;
import kist.content.AssetFile;
import kist.content.ContentPaths;
import kist.content.EditorFiles;
import kist.content.SourceFile;
import kist.content.TextDecoding;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.render.ThemeFiles;

/** The build's input edge: reads a site folder into {@link SiteSources}, files in parallel. */
public final class SourceReader {
    private SourceReader() {
    }

    public static SiteSources read(Path root) {
        return read(root, Reuse.never());
    }

    /**
     * Reads as {@link #read(Path)} does, taking a Markdown file over from the previous read of
     * {@code reuse} while its size, time and identity on disk are the same (kist serve, where the
     * reads are apart by at least the quiet time after the last change).
     */
    public static SiteSources read(Path root, Reuse reuse) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<SourceFile> config = Optional.empty();
        Path configFile = root.resolve(SiteConfigLoader.FILE_NAME);
        if (Files.isRegularFile(configFile)) {
            Outcome<SourceFile> decoded = decode(root, configFile);
            problems.addAll(decoded.diagnostics());
            config = decoded.value();
        }
        List<SourceFile> posts = readMarkdown(root, root.resolve("content/posts"), problems, reuse);
        List<SourceFile> pages = readMarkdown(root, root.resolve("content/pages"), problems, reuse);
        List<SourceFile> techniques = readMarkdown(root, root.resolve("content/techniques"), problems, reuse);
        List<AssetFile> assets = contentAssets(root);
        Path templates = root.resolve("templates");
        ThemeFiles theme = ThemeFiles.builtin();
        if (Files.isDirectory(templates)) {
            try {
                theme = ThemeFiles.overlay(theme, ThemeFiles.fromDirectory(templates, "templates/"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + templates, e);
            }
        }
        return new SiteSources(root, config, posts, pages, techniques, assets, theme, problems);
    }

    /**
     * The sources after the files at {@code changed} changed (paths relative to the site folder,
     * as {@code kist serve}'s watcher reports them): Markdown files under content/posts,
     * content/pages and content/techniques are read again, added or left out as they now are on
     * disk, and every other file is taken over. Empty when something else changed (kist.yaml, a
     * template, a picture, a folder): only a full {@link #read} can tell what that did.
     */
    public static Optional<SiteSources> update(SiteSources previous, java.util.Collection<String> changed) {
        List<SourceFile> posts = new ArrayList<>(previous.posts());
        List<SourceFile> pages = new ArrayList<>(previous.pages());
        List<SourceFile> techniques = new ArrayList<>(previous.techniques());
        List<Diagnostic> problems = new ArrayList<>(previous.readProblems());
        for (String path : new java.util.TreeSet<>(changed)) {
            List<SourceFile> list = path.startsWith("content/posts/") ? posts
                    : path.startsWith("content/pages/") ? pages
                    : path.startsWith("content/techniques/") ? techniques : null;
            Path file = previous.root().resolve(path);
            if (list == null || !path.endsWith(".md") || Files.isDirectory(file)) {
                return Optional.empty();
            }
            int at = java.util.Collections.binarySearch(list, new SourceFile(path, ""), Comparator.comparing(SourceFile::path));
            if (at >= 0) {
                list.remove(at);
            }
            problems.removeIf(problem -> problem.file().equals(path));
            if (Files.isRegularFile(file)) {
                Outcome<SourceFile> decoded = decode(previous.root(), file);
                problems.addAll(decoded.diagnostics());
                if (decoded.value().isPresent()) {
                    list.add(at >= 0 ? at : -at - 1, decoded.value().get());
                }
            }
        }
        return Optional.of(new SiteSources(previous.root(), previous.config(), posts, pages, techniques,
                previous.contentAssets(), previous.theme(), problems));
    }

    private static List<SourceFile> readMarkdown(Path root, Path folder, List<Diagnostic> problems, Reuse reuse) {
        List<Outcome<SourceFile>> decoded = found(folder).stream()
                .filter(found -> found.file().getFileName().toString().endsWith(".md"))
                .toList().parallelStream()
                .map(found -> reuse.get("source", found.file(), found, file -> decode(root, file.file())))
                .toList();
        List<SourceFile> sources = new ArrayList<>();
        for (Outcome<SourceFile> outcome : decoded) {
            problems.addAll(outcome.diagnostics());
            outcome.value().ifPresent(sources::add);
        }
        return sources;
    }

    /** Files under content/ that are not Markdown: images and attachments, copied as they are. */
    private static List<AssetFile> contentAssets(Path root) {
        Path content = root.resolve("content");
        return files(content).stream()
                .filter(file -> !file.getFileName().toString().endsWith(".md"))
                .toList().parallelStream()
                .map(file -> new AssetFile(ContentPaths.relative(root, file), file, ImageSizes.of(file)))
                .toList();
    }

    private static Outcome<SourceFile> decode(Path root, Path file) {
        try {
            return TextDecoding.decode(ContentPaths.relative(root, file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Regular files under {@code folder}, sorted, skipping hidden files and editor leftovers. */
    private static List<Path> files(Path folder) {
        return found(folder).stream().map(Found::file).toList();
    }

    /** A file found under a folder, with what one look at it told: enough to see it changed. */
    private record Found(Path file, long size, FileTime modified, Object identity) {
    }

    private static List<Found> found(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !EditorFiles.isIgnored(folder.relativize(file))) {
                        found.add(new Found(file, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        found.sort(Comparator.comparing(file -> file.file().toString()));
        return found;
    }

}
