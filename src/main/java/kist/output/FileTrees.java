package kist.output;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Whole-folder operations on the disk. */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes a folder and everything in it (links, not what they point at), its subfolders in
     * parallel; nothing happens when it does not exist.
     */
    public static void delete(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        deleteTree(root.toFile());
        if (Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UncheckedIOException("cannot delete " + root, new IOException("something in it could not be deleted"));
        }
    }

    /**
     * java.io.File's delete is one call for a file or link, where Files.delete asks for the file's
     * attributes first: a site is thousands of files in thousands of folders.
     */
    private static void deleteTree(File file) {
        if (file.delete()) {
            return; // a file, a link or an empty folder
        }
        String[] names = file.list();
        if (names != null) {
            Arrays.stream(names).parallel().forEach(name -> deleteTree(new File(file, name)));
        }
        file.delete();
    }
}
