package kist.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import kist.cli.Main;

/**
 * A small site written into a test's temporary folder from one text block, in which each file
 * starts with a {@code -- path --} line. Runs kist on it in-process.
 */
public final class TestSite {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (.+?) --$\\n?");

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite write(Path root, String files) {
        TestSite site = new TestSite(root);
        parse(files).forEach(site::file);
        return site;
    }

    public static Map<String, String> parse(String files) {
        Map<String, String> parsed = new LinkedHashMap<>();
        Matcher matcher = HEADER.matcher(files);
        String path = null;
        int start = 0;
        while (matcher.find()) {
            if (path != null) {
                parsed.put(path, files.substring(start, matcher.start()));
            }
            path = matcher.group(1).strip();
            start = matcher.end();
        }
        if (path != null) {
            parsed.put(path, files.substring(start));
        }
        return parsed;
    }

    public Path root() {
        return root;
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Run build(String... extraArgs) {
        return run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), concat(List.of("build", "--source", root.toString()), extraArgs));
    }

    public Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new Run(exit, out.toString(), err.toString(), root.resolve("site"));
    }

    private static String[] concat(List<String> first, String... rest) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** What one run of kist did. */
    public record Run(int exitCode, String out, String err, Path output) {
        public boolean exists(String path) {
            return Files.isRegularFile(output.resolve(path));
        }

        public String text(String path) {
            try {
                return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("no " + path + " in the built site; stderr:\n" + err, e);
            }
        }

        public Document html(String path) {
            return Jsoup.parse(text(path));
        }
    }
}
