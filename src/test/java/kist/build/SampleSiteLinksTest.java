package kist.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kist.testing.TestSite;

/**
 * Every link, image, stylesheet, script and feed reference in every page of the repository's own
 * site points at a file the build wrote, at the site root and under a sub-path alike.
 */
class SampleSiteLinksTest {

    @ParameterizedTest(name = "base URL {0}")
    @ValueSource(strings = {"https://nocalls-nosales.nl/", "https://example.github.io/blog/"})
    void everyInternalReferenceResolves(String baseUrl, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path output = dir.resolve("site");
        TestSite.Run run = TestSite.write(dir.resolve("unused"), "")
                .run(Map.of("SOURCE_DATE_EPOCH", "1893456000"), "build", "--no-cache", "--source", ".", "--output", output.toString(),
                        "--base-url", baseUrl);
        assertEquals(0, run.exitCode(), run.err());
        String root = java.net.URI.create(baseUrl).getPath();

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlFiles(output)) {
            Document html = Jsoup.parse(Files.readString(page));
            for (Element element : html.select("a[href], link[href], img[src], script[src], use[href]")) {
                String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (reference.startsWith("#") || reference.contains("://") || reference.startsWith("mailto:") || reference.isEmpty()) {
                    continue;
                }
                checked++;
                String where = output.relativize(page) + ": " + element.tagName() + " " + reference;
                if (!reference.startsWith(root)) {
                    broken.add(where + " (not under " + root + ")");
                    continue;
                }
                String path = URLDecoder.decode(reference.substring(root.length()).replaceAll("[?#].*$", ""), StandardCharsets.UTF_8);
                Path target = output.resolve(path);
                if (!(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")))) {
                    broken.add(where + " (no such file)");
                }
            }
        }
        assertTrue(checked > 100, "checked only " + checked + " references");
        assertEquals(List.of(), broken);
        // the redirects file and the search index follow the sub-path too
        assertTrue(Files.readString(output.resolve("_redirects")).lines().allMatch(line -> line.startsWith(root)));
        assertTrue(Files.readString(output.resolve("search.json")).contains("\"" + root + "2007/10/het-anker/\""));
    }

    private static List<Path> htmlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
