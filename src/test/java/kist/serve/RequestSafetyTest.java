package kist.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests meant to read outside the site or to reach the server from a foreign web page, sent
 * as raw bytes over a socket so that no client cleans them up first. None may get anything but
 * 400 or 404 (or 405 for a method), none may see a byte of the file beside the site, and the
 * server must answer normally afterwards.
 */
class RequestSafetyTest {
    private static final String SECRET = "TOP-SECRET-6f1c2";

    @TempDir
    static Path dir;

    private static Serving serving;

    @BeforeAll
    static void serve() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        serving = Serving.start(dir.resolve("site"), ServeTest.SITE + "-- content/secret-beside.txt --\nfine\n");
        Files.writeString(dir.resolve("site/secret.txt"), SECRET);
    }

    @AfterAll
    static void close() {
        serving.close();
    }

    /** Whatever went before, the site still answers. */
    @AfterEach
    void stillServing() {
        RawHttp.Response home = serving.get("/");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("First"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt",
            "/../../secret.txt",
            "/assets/../../secret.txt",
            "/assets/../index.html",
            "/./index.html",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/%2e./secret.txt",
            "/..%2fsecret.txt",
            "/..%2Fsecret.txt",
            "/%2f..%2fsecret.txt",
            "/..%5csecret.txt",
            "/..%5Csecret.txt",
            "/..\\secret.txt",
            "/\\..\\secret.txt",
            "/assets\\..\\..\\secret.txt",
            "/%252e%252e/secret.txt",
            "/%252e%252e%252fsecret.txt",
            "/%25252e%25252e/secret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/%c0%af..%c0%afsecret.txt",
            "/%e0%80%ae%e0%80%ae/secret.txt",
            "/..%00/secret.txt",
            "/index.html%00.txt",
            "/index.html\u0000",
            "/%00",
            "/%0d%0aSet-Cookie:%20a=b",
            "//secret.txt",
            "//example.com/",
            "/assets//kist.css",
            "/content/posts/secret.txt",
            "/posts/secret.txt",
            "/secret.txt",
            "/kist.yaml",
            "/%2e%2e%2f%2e%2e%2fsecret.txt",
            "/..;/secret.txt",
            "/%2e%2e;/secret.txt",
            "/%u002e%u002e/secret.txt",
            "/%",
            "/%2",
            "/%zz",
            "/\u00e4",
            "..",
            "../secret.txt",
            "secret.txt",
            "*",
            "http://127.0.0.1/../secret.txt",
            "http://evil.example/",
            "file:///etc/passwd",
            "/../../../../../../../../etc/passwd",
            "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    })
    void traversalIsRefused(String target) {
        RawHttp.Response response = RawHttp.send(serving.port(),
                "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + serving.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.status() == 400 || response.status() == 404, target + " got " + response.status());
        assertFalse(response.body().contains(SECRET), target + " leaked the secret");
        assertFalse(response.body().contains("root:"), target + " leaked /etc/passwd");
        assertEquals(Optional.empty(), response.header("Access-Control-Allow-Origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Host: evil.example",
            "Host: evil.example:1313",
            "Host: localhost.evil.example",
            "Host: 127.0.0.1.nip.io",
            "Host: localhost:",
            "Host: localhost:80:80",
            "Host: localhost@evil.example",
            "Host: 127.0.0.2",
            "Host: 192.168.1.10",
            "Host: 0.0.0.0",
            "Host: [::2]",
            "Host: [::1",
            "Host: ::1",
            "Host: ",
            "Host: localhost\r\nHost: evil.example",
            "Host: evil.example\r\nHost: localhost",
            "X-No-Host: here",
    })
    void foreignHostsAreRefused(String hostHeader) {
        RawHttp.Response response = RawHttp.send(serving.port(),
                "GET / HTTP/1.1\r\n" + hostHeader + "\r\nConnection: close\r\n\r\n");
        assertEquals(400, response.status(), hostHeader);
        assertFalse(response.body().contains("First"), "no page for " + hostHeader);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host: localhost", "Host: LOCALHOST:1313", "Host: 127.0.0.1", "Host: 127.0.0.1:80", "Host: [::1]",
            "Host: [::1]:1313"})
    void localHostsAreServed(String hostHeader) {
        RawHttp.Response response = RawHttp.send(serving.port(),
                "GET / HTTP/1.1\r\n" + hostHeader + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, response.status(), hostHeader);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"})
    void onlyGetAndHeadAreAnswered(String method) {
        RawHttp.Response response = RawHttp.send(serving.port(), method + " / HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: http://evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(405, response.status(), method);
        assertEquals(Optional.of("GET, HEAD"), response.header("Allow"));
        assertEquals(Optional.empty(), response.header("Access-Control-Allow-Origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/secret-beside.txt", "/2020/01/first/", "/assets/kist.css"})
    void theSiteItselfIsServed(String path) {
        RawHttp.Response response = serving.get(path);
        assertEquals(200, response.status(), path);
        assertFalse(response.body().contains(SECRET));
    }
}
