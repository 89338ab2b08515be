package kist.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kist.cache.Hashes;

/**
 * Which kist made something: a fingerprint of the code that runs (the jar's name, size and time,
 * or those of every class file when kist runs from a classes folder), so that what one version of
 * kist cached is never taken for what another would make.
 */
final class Generator {
    private static final String FINGERPRINT = compute();

    private Generator() {
    }

    static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        try {
            Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> parts = new ArrayList<>();
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    files.filter(Files::isRegularFile).sorted().forEach(file -> parts.add(describe(code, file)));
                }
            } else {
                parts.add(describe(code.getParent(), code));
            }
            return Hashes.of(parts.toArray(String[]::new));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // no fingerprint: what this run caches is never taken over
        }
    }

    private static String describe(Path base, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return base.relativize(file) + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
