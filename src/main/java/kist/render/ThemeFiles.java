package kist.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import kist.content.ContentPaths;

/**
 * The files of a theme, in memory, by '/'-separated path: jte templates, {@code i18n/*.yaml},
 * {@code assets/**}. Either the theme built into kist, or a site's {@code templates/} over it,
 * which keeps the theme it was laid over in {@code base}.
 */
public record ThemeFiles(String origin, Map<String, byte[]> files, java.util.Optional<ThemeFiles> base) {
    static final String BUILTIN_RESOURCE = "/kist/theme";
    public static final String BUILTIN_ORIGIN = "built-in theme";

    public ThemeFiles {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public ThemeFiles(String origin, Map<String, byte[]> files) {
        this(origin, files, java.util.Optional.empty());
    }

    public boolean isBuiltin() {
        return origin.equals(BUILTIN_ORIGIN);
    }

    /** A hash of the templates (not of assets or strings, which need no compiling). */
    public String templateFingerprint() {
        return fingerprint(path -> path.endsWith(".jte"));
    }

    /** A hash of every file: templates, strings and assets. */
    public String fingerprint() {
        return fingerprint(path -> true);
    }

    private String fingerprint(java.util.function.Predicate<String> which) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                if (which.test(path)) {
                    digest.update(path.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(bytes);
                    digest.update((byte) 0);
                }
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A site's theme: its own files over the built-in theme's, so a site may override one
     * template (or one string file, or one asset) and keep the rest.
     */
    public static ThemeFiles overlay(ThemeFiles base, ThemeFiles own) {
        Map<String, byte[]> files = new TreeMap<>(base.files());
        files.putAll(own.files());
        return new ThemeFiles(own.origin(), files, java.util.Optional.of(base));
    }

    public static ThemeFiles fromDirectory(Path directory, String origin) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = ContentPaths.relative(directory, file);
                if (!kist.content.EditorFiles.isIgnored(relative)) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return new ThemeFiles(origin, files);
    }

    /** The theme packaged into kist from the repository's {@code templates/} folder. */
    public static ThemeFiles builtin() {
        URL root = ThemeFiles.class.getResource(BUILTIN_RESOURCE);
        if (root == null) {
            throw new IllegalStateException("kist was built without its theme (" + BUILTIN_RESOURCE + " is missing)");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                return fromJar(uri);
            }
            return fromDirectory(Path.of(uri), BUILTIN_ORIGIN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kist's built-in theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the jar directly: a zip FileSystem is JVM-global and two builds side by side would collide. */
    private static ThemeFiles fromJar(URI uri) throws IOException, URISyntaxException {
        String jarUri = uri.getRawSchemeSpecificPart();
        Path jarPath = Path.of(new URI(jarUri.substring(0, jarUri.indexOf("!/"))));
        String prefix = BUILTIN_RESOURCE.substring(1) + "/";
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String relative = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : "";
                if (!entry.isDirectory() && !relative.isEmpty() && !kist.content.EditorFiles.isIgnored(relative)) {
                    try (var in = jar.getInputStream(entry)) {
                        files.put(relative, in.readAllBytes());
                    }
                }
            }
        }
        return new ThemeFiles(BUILTIN_ORIGIN, files);
    }


}
