package kist.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kist.content.EditorFiles;

/** What the watcher reports: changes to the sources, and nothing of editors' leftovers or kist's own folders. */
class SiteWatcherTest {
    @TempDir
    Path root;

    @Test
    void editorLeftoversAndOtherFoldersAreNotReported() throws Exception {
        Files.createDirectories(root.resolve("content/posts"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("kist.yaml"), "title: Blog\n");
        LinkedBlockingQueue<String> seen = new LinkedBlockingQueue<>();
        StringWriter err = new StringWriter();
        try (SiteWatcher watcher = new SiteWatcher(root, seen::add, new PrintWriter(err, true))) {
            watcher.start();
            for (String leftover : List.of("content/posts/4913", "content/posts/.first.md.swp", "content/posts/.first.md.swx",
                    "content/posts/first.md~", "content/posts/first.md___jb_tmp___", "content/posts/first.md___jb_old___",
                    "content/posts/.goutputstream-ABC123", "content/posts/.#first.md", "content/posts/#first.md#",
                    "content/.obsidian/workspace.json", "templates/.DS_Store", "notes.txt", "site/index.html",
                    ".kist/templates/x", "kist.yaml.swp")) {
                Path file = root.resolve(leftover);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "x");
                Files.delete(file);
            }
            Files.writeString(root.resolve("content/posts/real.md"), "real");

            List<String> reported = new ArrayList<>();
            while (!reported.contains("content/posts/real.md")) {
                String next = seen.poll(Serving.PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertTrue(next != null, "the real file was never reported; saw " + reported + "; " + err);
                reported.add(next);
            }
            assertEquals(List.of("content/posts/real.md"), reported.stream().distinct().toList());
        }
    }

    @Test
    void configTemplatesAndNewFoldersAreReported() throws Exception {
        Files.createDirectories(root.resolve("content"));
        LinkedBlockingQueue<String> seen = new LinkedBlockingQueue<>();
        try (SiteWatcher watcher = new SiteWatcher(root, seen::add, new PrintWriter(new StringWriter(), true))) {
            watcher.start();
            Files.writeString(root.resolve("kist.yaml"), "title: Blog\n");
            awaitReported(seen, "kist.yaml");
            Files.createDirectories(root.resolve("templates/assets"));
            awaitReported(seen, "templates");
            Files.createDirectories(root.resolve("content/posts/2021"));
            awaitReported(seen, "content/posts");
            Files.writeString(root.resolve("content/posts/2021/new.md"), "new");
            Files.writeString(root.resolve("templates/assets/new.css"), "new");
            awaitReported(seen, "templates/assets/new.css");
        }
    }

    private static void awaitReported(LinkedBlockingQueue<String> seen, String path) throws InterruptedException {
        List<String> reported = new ArrayList<>();
        while (!reported.contains(path)) {
            String next = seen.poll(Serving.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertTrue(next != null, path + " was never reported; saw " + reported);
            reported.add(next);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"4913", ".post.md.swp", ".post.md.swx", "post.md~", "post.md___jb_tmp___", "post.md___jb_old___",
            ".goutputstream-XYZ", ".#post.md", "#post.md#", ".hidden", "x/.git/HEAD"})
    void ignored(String path) {
        assertTrue(EditorFiles.isIgnored(Path.of(path)), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"post.md", "posts/2021/käser.md", "images/a~b.png", "4913.md", "swp.md", "index.md"})
    void notIgnored(String path) {
        assertTrue(!EditorFiles.isIgnored(Path.of(path)), path);
    }

}
