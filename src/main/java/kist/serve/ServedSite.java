package kist.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kist.build.BuildResult;
import kist.diag.Diagnostic;
import kist.output.OutputFile;

/**
 * What the dev server serves, replaced whole after every build: the last good site's files by
 * path, the errors of the last build when it failed (shown on every page), and a version that
 * changes exactly when what a browser would see changes, which is what makes open tabs reload.
 */
record ServedSite(Map<String, ServedFile> files, List<Diagnostic> errors, String version) {

    /** A file of the site and a digest of its content, which is its ETag. */
    record ServedFile(OutputFile file, String digest) {
    }

    ServedSite {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    /** Before the first build: nothing to serve yet. */
    static ServedSite empty() {
        return new ServedSite(Map.of(), List.of(), "");
    }

    boolean hasSite() {
        return !files.isEmpty();
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    /** The site after a build: its files when it succeeded; else this site's files with the build's errors. */
    ServedSite after(BuildResult result) {
        if (!result.succeeded()) {
            return withErrors(result.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        // a file the builder took over from its previous build is the same object: its digest stands
        List<ServedFile> built = result.files().parallelStream().map(file -> {
            ServedFile served = files.get(file.path());
            return served != null && served.file() == file ? served : new ServedFile(file, digest(file));
        }).toList();
        Map<String, ServedFile> byPath = new java.util.HashMap<>();
        built.forEach(file -> byPath.put(file.file().path(), file));
        return new ServedSite(byPath, List.of(), version(built, List.of()));
    }

    /** This site's files, with errors that kept a build from finishing. */
    ServedSite withErrors(List<Diagnostic> problems) {
        return new ServedSite(files, problems, version(new TreeMap<>(files).values(), problems));
    }

    /** A digest of every file (in path order: a build's files come sorted) and of the errors. */
    private static String version(java.util.Collection<ServedFile> inPathOrder, List<Diagnostic> errors) {
        MessageDigest version = sha256();
        inPathOrder.forEach(file -> {
            version.update(file.file().path().getBytes(StandardCharsets.UTF_8));
            version.update((byte) 0);
            version.update(file.digest().getBytes(StandardCharsets.UTF_8));
            version.update((byte) '\n');
        });
        errors.forEach(error -> version.update((error.format() + "\n").getBytes(StandardCharsets.UTF_8)));
        return hex(version.digest());
    }

    /**
     * A generated file by its bytes; a copied one by its source's size and modification time, so
     * that a build does not read every picture of the site again.
     */
    private static String digest(OutputFile file) {
        MessageDigest digest = sha256();
        if (file instanceof OutputFile.Generated generated) {
            digest.update(generated.bytes());
        } else if (file instanceof OutputFile.Copied copied) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(copied.source(), BasicFileAttributes.class);
                digest.update((copied.source() + "\0" + attributes.size() + "\0" + attributes.lastModifiedTime().toMillis())
                        .getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                // deleted since the build read the folder: its deletion brings the next build
                digest.update((copied.source() + "\0missing").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + copied.source(), e);
            }
        }
        return hex(digest.digest());
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
