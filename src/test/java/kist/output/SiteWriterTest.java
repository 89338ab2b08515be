package kist.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path dir;

    private static OutputFile page(String path, String text) {
        return new OutputFile.Generated(path, text.getBytes(StandardCharsets.UTF_8), path);
    }

    @Test
    void unchangedFilesAreTakenOverFromTheCurrentSiteAndChangedOnesWritten() throws IOException {
        Path site = dir.resolve("site");
        Path picture = Files.writeString(dir.resolve("photo.jpg"), "jpeg bytes");
        SiteWriter.write(site, List.of(page("index.html", "home"), page("a/index.html", "a"),
                page("gone.html", "old"), new OutputFile.Copied("photo.jpg", picture, "content/photo.jpg")));
        Object homeFile = Files.getAttribute(site.resolve("index.html"), "unix:ino");
        Object aFile = Files.getAttribute(site.resolve("a/index.html"), "unix:ino");
        Object photoFile = Files.getAttribute(site.resolve("photo.jpg"), "unix:ino");

        SiteWriter.write(site, List.of(page("index.html", "home"), page("a/index.html", "a, edited"),
                new OutputFile.Copied("photo.jpg", picture, "content/photo.jpg")));

        assertEquals(homeFile, Files.getAttribute(site.resolve("index.html"), "unix:ino"), "the same file");
        assertEquals(photoFile, Files.getAttribute(site.resolve("photo.jpg"), "unix:ino"), "the same file");
        assertNotEquals(aFile, Files.getAttribute(site.resolve("a/index.html"), "unix:ino"));
        assertEquals("home", Files.readString(site.resolve("index.html")));
        assertEquals("a, edited", Files.readString(site.resolve("a/index.html")));
        assertEquals("jpeg bytes", Files.readString(site.resolve("photo.jpg")));
        assertFalse(Files.exists(site.resolve("gone.html")));
        assertEquals(1, (int) Files.getAttribute(site.resolve("index.html"), "unix:nlink"), "the previous site is gone");
    }

    @Test
    void aFileChangedByHandInTheSiteIsWrittenAgain() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site, List.of(page("index.html", "home")));
        Files.writeString(site.resolve("index.html"), "hand");

        SiteWriter.write(site, List.of(page("index.html", "home")));

        assertEquals("home", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aFileOfTheCurrentSiteTakenOverAsACopyOfItselfIsLinked() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site, List.of(page("2020/01/een/index.html", "een"), page("index.html", "home")));
        Path een = site.toAbsolutePath().normalize().resolve("2020/01/een/index.html");
        Object file = Files.getAttribute(een, "unix:ino");

        SiteWriter.write(site, List.of(new OutputFile.Copied("2020/01/een/index.html", een, "content/posts/een.md"),
                page("index.html", "home, edited")));

        assertEquals(file, Files.getAttribute(een, "unix:ino"));
        assertEquals("een", Files.readString(een));
        assertEquals("home, edited", Files.readString(site.resolve("index.html")));
    }

    @Test
    void theRetiredSiteIsDeletedWithoutFollowingItsLinks() throws IOException {
        Path site = dir.resolve("site");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deep"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        SiteWriter.write(site, List.of(page("a/b/c/index.html", "c"), page("index.html", "home")));
        Files.createSymbolicLink(site.resolve("a/b/link"), elsewhere.getParent());
        Files.createSymbolicLink(site.resolve("file-link"), elsewhere.resolve("keep.txt"));

        SiteWriter.write(site, List.of(page("index.html", "home")));

        assertEquals("keep", Files.readString(elsewhere.resolve("keep.txt")));
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("elsewhere", "site"), left.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no retired or staging folder is left beside the site");
        }
        try (java.util.stream.Stream<Path> inSite = Files.walk(site)) {
            assertEquals(List.of("", "index.html"), inSite.map(path -> site.relativize(path).toString()).sorted().toList());
        }
    }
}
