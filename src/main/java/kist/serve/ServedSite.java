package kist.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import kist.build.BuildResult;
import kist.diag.Diagnostic;
import kist.output.OutputFile;

/**
 * What the dev server serves, replaced whole after every build: the last good site's files by
 * path, the errors of the last build when it failed (shown on every page), and a version that
 * changes exactly when what a browser would see changes, which is what makes open tabs reload.
 * Each file's ETag and the version are names this server gives out, each for one content only: a
 * file whose bytes are those it had keeps its name, so a save that changes one post compares the
 * files it made anew with the ones before (a few, mostly the same objects) instead of hashing
 * every byte again (search.json alone is 16 MB on a 10 000-post site).
 */
record ServedSite(Map<String, ServedFile> files, List<Diagnostic> errors, String version, Names names) {

    /**
     * A file of the site and its ETag; {@code stamp} is what a copied file was compared by (its
     * source's size and time), null for a generated one, whose bytes are compared.
     */
    record ServedFile(OutputFile file, String etag, String stamp) {
    }

    /**
     * Names given out by one server: its own random prefix and a count, so that a name never comes
     * back with other content, not even from a server started again on the same port.
     */
    static final class Names {
        private final String prefix = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
        private final AtomicLong count = new AtomicLong();

        String next() {
            return prefix + "-" + count.incrementAndGet();
        }

        /** How many names were given out so far. */
        long given() {
            return count.get();
        }
    }

    ServedSite {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    /** Before the first build: nothing to serve yet. */
    static ServedSite empty() {
        return new ServedSite(Map.of(), List.of(), "", new Names());
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
        // a file the builder took over from its previous build is the same object; one made anew
        // keeps its name while its content is the same
        long namesBefore = names.given();
        List<ServedFile> built = result.files().parallelStream().map(file -> {
            ServedFile served = files.get(file.path());
            if (served != null && served.file() == file) {
                return served;
            }
            String stamp = stamp(file);
            return served != null && sameContent(served, file, stamp) ? new ServedFile(file, served.etag(), stamp)
                    : new ServedFile(file, names.next(), stamp);
        }).toList();
        Map<String, ServedFile> byPath = new java.util.HashMap<>();
        built.forEach(file -> byPath.put(file.file().path(), file));
        // a file on a new path got a new name too, so no new name and as many files is the same site
        boolean same = errors.isEmpty() && built.size() == files.size() && names.given() == namesBefore;
        return new ServedSite(byPath, List.of(), same ? version : names.next(), names);
    }

    /** This site's files, with errors that kept a build from finishing. */
    ServedSite withErrors(List<Diagnostic> problems) {
        return new ServedSite(files, problems, problems.equals(errors) ? version : names.next(), names);
    }

    private static boolean sameContent(ServedFile served, OutputFile file, String stamp) {
        if (served.file() instanceof OutputFile.InMemory before && file instanceof OutputFile.InMemory now) {
            return now.sameBytes(before);
        }
        return served.file() instanceof OutputFile.Copied && file instanceof OutputFile.Copied && stamp.equals(served.stamp());
    }

    /**
     * What a copied file is compared by: its source, size and modification time, so that a build
     * does not read every picture of the site again; null for a generated file.
     */
    private static String stamp(OutputFile file) {
        if (!(file instanceof OutputFile.Copied copied)) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(copied.source(), BasicFileAttributes.class);
            return copied.source() + "\0" + attributes.size() + "\0" + attributes.lastModifiedTime().toMillis();
        } catch (NoSuchFileException e) {
            // deleted since the build read the folder: its deletion brings the next build
            return copied.source() + "\0missing";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + copied.source(), e);
        }
    }
}
