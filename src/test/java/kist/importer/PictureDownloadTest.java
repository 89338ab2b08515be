package kist.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import kist.testing.TestSite;

/** {@code --images download} against a local server standing in for Blogger's picture hosts. */
class PictureDownloadTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.endsWith("/anker.png") ? PNG : path.endsWith("=s1600") ? JPEG : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void bloggerPicturesComeHomeIntoThePostsFolder() throws IOException {
        String html = "<div class=\"separator\"><a href=\"" + base + "/img/s1600/anker.png\"><img src=\"" + base
                + "/img/s320/anker.png\" alt=\"Anker\"/></a></div>"
                + "<p><img src=\"" + base + "/img/a/AVvXsEgXyz=s1600\" alt=\"Zonder naam\"/></p>"
                + "<p><img src=\"" + base + "/img/weg.png\" alt=\"Weg\"/></p>"
                + "<p><img src=\"https://elders.example/foto.png\" alt=\"Elders\"/></p>";
        TestSite site = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n");
        site.file("export.xml", BloggerExports.feed(BloggerExports.post("1", "2007-10-03T14:30:00.000+02:00", "Het anker",
                "/2007/10/het-anker.html", List.of(), html)));
        ImportOptions options = new ImportOptions(false, false, ImageMode.DOWNLOAD, host -> host.equals("127.0.0.1"));

        BloggerImport.Report report = BloggerImport.run(dir.resolve("export.xml"), "export.xml", dir, options);

        assertFalse(report.failed(), report.toString());
        Path bundle = dir.resolve("content/posts/het-anker");
        assertArrayEquals(PNG, Files.readAllBytes(bundle.resolve("anker.png")));
        assertArrayEquals(PNG, Files.readAllBytes(bundle.resolve("anker-2.png")), "the large version beside the small one");
        assertArrayEquals(JPEG, Files.readAllBytes(bundle.resolve("picture.jpg")), "a nameless picture gets its type from its bytes");
        assertFalse(Files.exists(dir.resolve("content/posts/het-anker.md")));
        String post = Files.readString(bundle.resolve("index.md"), StandardCharsets.UTF_8);
        assertTrue(post.contains("[![Anker](anker.png)](anker-2.png)"), post);
        assertTrue(post.contains("![Zonder naam](picture.jpg)"), post);
        assertTrue(post.contains("![Weg](" + base + "/img/weg.png)"), "a failed download keeps its address: " + post);
        assertTrue(report.diagnostics().stream().anyMatch(d -> d.message().contains("could not download " + base + "/img/weg.png: HTTP 404")),
                report.diagnostics().toString());
        assertTrue(report.lines().contains("1 post still points at the old blog's host"), report.lines().toString());

        TestSite.Run built = site.build();
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(built.exists("2007/10/het-anker/anker.png"));
        assertEquals("/2007/10/het-anker/anker.png", built.html("2007/10/het-anker/index.html").select(".prose img[alt=Anker]").attr("src"));
    }

    @Test
    void keepLeavesEveryAddressAndCountsThePosts() throws IOException {
        TestSite site = TestSite.write(dir, "-- kist.yaml --\ntitle: Blog\n");
        site.file("export.xml", BloggerExports.feed(BloggerExports.post("1", "2007-10-03T14:30:00.000+02:00", "Het anker",
                "/2007/10/het-anker.html", List.of(), "<img src=\"" + base + "/img/s320/anker.png\" alt=\"Anker\"/>")));
        TestSite.Run run = site.run(Map.of(), "import", "blogger", dir.resolve("export.xml").toString(), "--source", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(dir.resolve("content/posts/het-anker.md")).contains("![Anker](" + base + "/img/s320/anker.png)"));
        assertFalse(run.out().contains("still point"), "127.0.0.1 is not one of Blogger's hosts: " + run.out());
    }
}
