package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kist.cache.Reuse;
import kist.content.SourceFile;
import kist.testing.TestSite;

class SourceReaderTest {
    @TempDir
    Path dir;

    @Test
    void aReadThatKeepsFilesTakesOverWhatIsUnchangedOnDiskAndReadsWhatChanged() throws IOException {
        TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/een.md --
                ---
                title: Een
                ---
                Tekst een.
                -- content/posts/twee.md --
                ---
                title: Twee
                ---
                Tekst twee.
                """);
        Reuse reuse = Reuse.across();
        SiteSources first = SourceReader.read(dir, reuse);
        reuse.sweep();

        Path twee = dir.resolve("content/posts/twee.md");
        FileTime before = Files.getLastModifiedTime(twee);
        Files.writeString(twee, Files.readString(twee).replace("twee.", "TWEE."));
        Files.setLastModifiedTime(twee, FileTime.fromMillis(before.toMillis() + 1000));
        SiteSources second = SourceReader.read(dir, reuse);

        assertSame(post(first, "een"), post(second, "een"), "unchanged: taken over");
        assertNotSame(post(first, "twee"), post(second, "twee"));
        assertEquals(Files.readString(twee), post(second, "twee").text(), "same size, another time: read again");
        assertEquals(SourceReader.read(dir).posts(), second.posts(), "what a fresh read gives");
    }

    @Test
    void anUpdateReadsOnlyTheChangedMarkdownFilesAndGivesWhatAFreshReadGives() throws IOException {
        TestSite.write(dir, """
                -- kist.yaml --
                title: Blog
                -- content/posts/b.md --
                ---
                title: B
                ---
                Tekst b.
                -- content/posts/d.md --
                ---
                title: D
                ---
                Tekst d.
                -- content/pages/over.md --
                ---
                title: Over
                ---
                Over.
                -- content/posts/foto.jpg --
                not really a picture
                """);
        SiteSources first = SourceReader.read(dir);

        Files.writeString(dir.resolve("content/posts/b.md"), "---\ntitle: B\n---\nAnders.\n");
        Files.writeString(dir.resolve("content/posts/a.md"), "---\ntitle: A\n---\nNieuw.\n");
        // not UTF-8: a problem to report, as a full read reports it
        Files.write(dir.resolve("content/posts/c.md"), new byte[] {'-', '-', '-', '\n', '-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28});
        Files.delete(dir.resolve("content/pages/over.md"));
        SiteSources updated = SourceReader.update(first, java.util.List.of("content/posts/b.md", "content/posts/a.md",
                "content/posts/c.md", "content/pages/over.md")).orElseThrow();

        SiteSources fresh = SourceReader.read(dir);
        assertEquals(fresh.posts(), updated.posts(), "b read again, a and c added in their places");
        assertEquals(fresh.pages(), updated.pages(), "over left out");
        assertEquals(fresh.readProblems(), updated.readProblems(), "c's bad UTF-8 reported as a full read reports it");
        assertEquals(1, updated.readProblems().size());
        assertSame(post(first, "d"), post(updated, "d"), "d taken over without a look");

        Files.writeString(dir.resolve("content/posts/c.md"), "---\ntitle: C\n---\nGoed nu.\n");
        SiteSources mended = SourceReader.update(updated, java.util.List.of("content/posts/c.md")).orElseThrow();
        assertEquals(java.util.List.of(), mended.readProblems(), "a mended file's problem goes");

        assertEquals(java.util.Optional.empty(), SourceReader.update(first, java.util.List.of("kist.yaml")));
        assertEquals(java.util.Optional.empty(), SourceReader.update(first, java.util.List.of("content/posts/foto.jpg")));
        assertEquals(java.util.Optional.empty(), SourceReader.update(first, java.util.List.of("content/posts")), "a folder");
        assertEquals(java.util.Optional.empty(), SourceReader.update(first, java.util.List.of("templates/post.jte")));
    }

    private static SourceFile post(SiteSources sources, String name) {
        return sources.posts().stream().filter(post -> post.path().equals("content/posts/" + name + ".md")).findFirst().orElseThrow();
    }
}
