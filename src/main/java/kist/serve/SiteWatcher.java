package kist.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import kist.content.ContentPaths;
import kist.content.EditorFiles;

/**
 * Watches what a build reads: {@code kist.yaml}, and {@code content/} and {@code templates/} with
 * every folder below them, including folders created (or renamed into place) later. Reports only
 * that something changed: a build reads everything again anyway.
 *
 * <p>The JDK's WatchService is enough here: on Linux it is inotify, and events of a rename into
 * place (the way most editors save) arrive as create and delete. On macOS it polls every few
 * seconds; should that matter, io.methvin:directory-watcher can take this class's place.
 */
final class SiteWatcher implements AutoCloseable {
    private static final Set<String> WATCHED_AT_ROOT = Set.of("kist.yaml", "content", "templates");

    private final Path root;
    private final Consumer<String> changed;
    private final PrintWriter err;
    private final WatchService service;
    /** Touched by the constructor, then only by the watching thread. */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /** @param changed told the path (relative to the root, '/'-separated) of each change that matters */
    SiteWatcher(Path root, Consumer<String> changed, PrintWriter err) {
        this.root = root;
        this.changed = changed;
        this.err = err;
        try {
            this.service = root.getFileSystem().newWatchService();
            register(root);
            registerTree(root.resolve("content"));
            registerTree(root.resolve("templates"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.thread = new Thread(this::watch, "kist-serve-watch");
        thread.setDaemon(true);
    }

    /** Starts reporting; folders are watched from construction on, so nothing between is missed. */
    void start() {
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (folder != null) {
                        handle(folder, event).ifPresent(changed);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() ends the watch: nothing left to report
        }
    }

    /** The path of a change that matters, or empty for one to ignore. */
    private Optional<String> handle(Path folder, WatchEvent<?> event) {
        if (event.kind() == OVERFLOW) {
            // events were lost: watch every folder again, and build, since anything may have changed
            registerTree(root.resolve("content"));
            registerTree(root.resolve("templates"));
            return Optional.of(ContentPaths.relative(root, folder));
        }
        Path name = (Path) event.context();
        Path file = folder.resolve(name);
        if (folder.equals(root)) {
            if (!WATCHED_AT_ROOT.contains(name.toString())) {
                return Optional.empty();
            }
        } else if (EditorFiles.isIgnored(root.relativize(file))) {
            return Optional.empty();
        }
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
            registerTree(file);
        }
        return Optional.of(ContentPaths.relative(root, file));
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (!dir.equals(top) && EditorFiles.isIgnoredName(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;   // deleted while we looked: its own event follows
                    }
                    throw e;
                }
            });
        } catch (NoSuchFileException e) {
            // the folder went away while we registered it; its deletion is reported by its parent
        } catch (IOException e) {
            err.println("kist: warning: cannot watch " + top + " (" + e + "); changes there are not seen until a restart");
            err.flush();
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop watching " + root, e);
        }
    }
}
