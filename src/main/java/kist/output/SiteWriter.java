package kist.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a built site: into a fresh folder beside the output folder, swapped in only when every
 * file is written. A build that fails before or while writing leaves the previous site as it was;
 * leftovers of a killed build are removed by the next one. A file the current site already has with
 * the same bytes is taken over as a hard link (written anew where the file system has none), so it keeps
 * its time and an upload tool that compares times and sizes sends only what changed.
 */
public final class SiteWriter {
    private static final String STAGING = ".kist-new-";
    private static final String RETIRED = ".kist-old-";

    private SiteWriter() {
    }

    /** Why {@code output} must not be replaced, if it must not: it holds the author's sources. */
    public static Optional<String> refusal(Path output, Path source) {
        Path out = output.toAbsolutePath().normalize();
        Path src = source.toAbsolutePath().normalize();
        if (src.startsWith(out)) {
            return Optional.of("the output folder " + output + " contains the site's sources; kist replaces the whole output folder");
        }
        if (Files.exists(out.resolve("kist.yaml")) || Files.isDirectory(out.resolve("content"))) {
            return Optional.of("the output folder " + output + " looks like a kist site (it has kist.yaml or content/); kist replaces the whole output folder");
        }
        return Optional.empty();
    }

    public static void write(Path output, List<OutputFile> files) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, name);
            Path staging = parent.resolve("." + name + STAGING + UUID.randomUUID());
            Files.createDirectories(staging);
            Optional<Path> current = Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
            try {
                createFolders(staging, files);
                files.parallelStream().forEach(file -> writeOne(staging, current, file));
            } catch (RuntimeException e) {
                FileTrees.delete(staging);
                throw e;
            }
            Path retired = parent.resolve("." + name + RETIRED + UUID.randomUUID());
            boolean hadPrevious = Files.exists(target);
            if (hadPrevious) {
                Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (hadPrevious) {
                FileTrees.delete(retired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + output + ": " + e.getMessage(), e);
        }
    }

    private static void writeOne(Path root, Optional<Path> current, OutputFile file) {
        Path destination = root.resolve(file.path()).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw new IllegalArgumentException("output path leaves the site folder: " + file.path());
        }
        try {
            if (current.isPresent() && tookOver(current.get().resolve(file.path()), destination, file)) {
                return;
            }
            if (file instanceof OutputFile.Generated generated) {
                Files.write(destination, generated.bytes());
            } else if (file instanceof OutputFile.InMemory made) {
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(destination), 1 << 16)) {
                    made.writeTo(out);
                }
            } else if (file instanceof OutputFile.Copied copied) {
                Files.copy(copied.source(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates every folder the files go in, each once, a level at a time (a level's folders in
     * parallel, their parents made before), in the fresh {@code root}: asked for each file, most
     * folders would be found there already, which Java reports with an exception.
     */
    private static void createFolders(Path root, List<OutputFile> files) {
        Set<String> folders = new HashSet<>();
        for (OutputFile file : files) {
            // the file's folder and, up to one already known, its parents
            String path = file.path();
            int slash = path.lastIndexOf('/');
            while (slash > 0 && folders.add(path.substring(0, slash))) {
                slash = path.lastIndexOf('/', slash - 1);
            }
        }
        Map<Long, List<String>> byDepth = new TreeMap<>(folders.stream()
                .collect(Collectors.groupingBy(folder -> folder.chars().filter(c -> c == '/').count())));
        for (List<String> level : byDepth.values()) {
            level.parallelStream().forEach(folder -> {
                Path path = root.resolve(folder).normalize();
                if (!path.startsWith(root) || path.equals(root)) {
                    throw new IllegalArgumentException("output path leaves the site folder: " + folder);
                }
                try {
                    Files.createDirectories(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
                }
            });
        }
    }

    /** Links the current site's file into the new one when its bytes are the ones to write. */
    private static boolean tookOver(Path existing, Path destination, OutputFile file) {
        try {
            if (file instanceof OutputFile.Copied copied && copied.source().equals(existing)) {
                // a page taken over from the previous build (OutputMemo) is a copy of this very file
                Files.createLink(destination, existing);
                return true;
            }
            BasicFileAttributes attributes = Files.readAttributes(existing, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return false;
            }
            boolean same;
            if (file instanceof OutputFile.InMemory made) {
                same = attributes.size() == made.size() && Arrays.equals(Files.readAllBytes(existing), made.bytes());
            } else if (file instanceof OutputFile.Copied copied) {
                same = attributes.size() == Files.size(copied.source()) && Files.mismatch(existing, copied.source()) == -1;
            } else {
                same = false;
            }
            if (same) {
                Files.createLink(destination, existing);
            }
            return same;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone, unreadable, or no hard links here: write it
        }
    }

    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".kist-*")) {
            for (Path leftover : siblings) {
                String leftoverName = leftover.getFileName().toString();
                if (leftoverName.startsWith("." + name + STAGING) || leftoverName.startsWith("." + name + RETIRED)) {
                    FileTrees.delete(leftover);
                }
            }
        }
    }
}
