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

    private static SourceFile post(SiteSources sources, String name) {
        return sources.posts().stream().filter(post -> post.path().equals("content/posts/" + name + ".md")).findFirst().orElseThrow();
    }
}
