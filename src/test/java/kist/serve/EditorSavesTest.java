package kist.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways editors save, replayed on a served site: each save is one burst of file events, which
 * must give one build (two when the last events arrive after the build started reading) and the
 * saved text, never a build of a half-written state or of the editor's temporary files.
 */
class EditorSavesTest {
    @TempDir
    Path dir;

    private Path first(Serving serving) {
        return serving.site.root().resolve(ServeTest.FIRST);
    }

    /** Runs {@code save} on a served site and checks what it led to. */
    private void assertOneSave(Save save, String text) throws Exception {
        try (Serving serving = Serving.start(dir, ServeTest.SITE)) {
            serving.awaitIdle();
            int before = serving.builds.get();

            save.run(first(serving));

            serving.awaitText(ServeTest.FIRST_URL, text);
            serving.awaitIdle();
            int builds = serving.builds.get() - before;
            assertTrue(builds == 1 || builds == 2, builds + " builds for one save; server said:\n" + serving.err);
            RawHttp.Response page = serving.get(ServeTest.FIRST_URL);
            assertFalse(page.body().contains("kist-errors"), "no build saw a half-saved file:\n" + page.body());
            try (var files = Files.list(first(serving).getParent())) {
                assertEquals(1, files.count(), "the editor's temporary files are gone");
            }
            assertEquals(404, serving.get("/posts/first.md~").status(), "backups never became part of the site");
        }
    }

    private interface Save {
        void run(Path file) throws IOException;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void writeTempThenRenameIntoPlace() throws Exception {
        assertOneSave(file -> {
            Path temp = file.resolveSibling(".goutputstream-X1Y2Z3");
            write(temp, ServeTest.post("Saved by renaming into place."));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }, "Saved by renaming into place.");
    }

    @Test
    void vimWithABackup() throws Exception {
        assertOneSave(file -> {
            Path probe = file.resolveSibling("4913");
            write(probe, "");
            Files.delete(probe);
            Path backup = file.resolveSibling(file.getFileName() + "~");
            Files.move(file, backup);
            write(file, ServeTest.post("Saved by vim."));
            Files.delete(backup);
            Path swap = file.resolveSibling("." + file.getFileName() + ".swp");
            write(swap, "swap");
            Files.delete(swap);
        }, "Saved by vim.");
    }

    @Test
    void jetBrainsSafeWrite() throws Exception {
        assertOneSave(file -> {
            Path temp = file.resolveSibling(file.getFileName() + "___jb_tmp___");
            Path old = file.resolveSibling(file.getFileName() + "___jb_old___");
            write(temp, ServeTest.post("Saved by IntelliJ."));
            Files.move(file, old);
            Files.move(temp, file);
            Files.delete(old);
        }, "Saved by IntelliJ.");
    }

    @Test
    void deleteThenCreate() throws Exception {
        assertOneSave(file -> {
            Files.delete(file);
            write(file, ServeTest.post("Deleted and written again."));
        }, "Deleted and written again.");
    }

    @Test
    void aHundredWritesInABurst() throws Exception {
        assertOneSave(file -> {
            for (int i = 0; i < 100; i++) {
                write(file, ServeTest.post("Version " + i + " of the text."));
            }
        }, "Version 99 of the text.");
    }

    @Test
    void deletionsAndNewFoldersAreFollowed() throws Exception {
        try (Serving serving = Serving.start(dir, ServeTest.SITE)) {
            serving.write("content/posts/2021/deep/later.md", "---\ntitle: Later\ndate: 2021-03-01\n---\nIn a new folder.\n");
            serving.awaitText("/2021/03/later/", "In a new folder.");
            serving.write("content/posts/2021/deep/later.md", "---\ntitle: Later\ndate: 2021-03-01\n---\nEdited in the new folder.\n");
            serving.awaitText("/2021/03/later/", "Edited in the new folder.");

            Files.delete(first(serving));
            serving.await(ServeTest.FIRST_URL, response -> response.status() == 404, "the deleted post gone");
        }
    }

    @Test
    void templatesAndConfigAreWatchedToo() throws Exception {
        try (Serving serving = Serving.start(dir, ServeTest.SITE)) {
            serving.write("kist.yaml", "title: Renamed blog\nlanguage: en\n");
            serving.awaitText("/", "Renamed blog");
            serving.write("templates/assets/extra.css", "body { color: red; }\n");
            serving.awaitText("/assets/extra.css", "color: red");
        }
    }
}
