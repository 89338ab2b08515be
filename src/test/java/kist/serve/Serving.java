package kist.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import kist.build.BuildOptions;
import kist.testing.TestSite;

/**
 * A site served in-process on a free port for a test, with every build counted as it passes
 * through the {@link Rebuild}; close it when done.
 */
final class Serving implements AutoCloseable {
    /** Long enough for any wait on a busy machine; reached only when the test fails anyway. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final TestSite site;
    final DevServer server;
    final AtomicInteger builds = new AtomicInteger();
    /** How many pages' Markdown each build rendered, in order. */
    final java.util.List<Integer> renderedPages = new java.util.concurrent.CopyOnWriteArrayList<>();
    final StringWriter err = new StringWriter();

    private Serving(TestSite site) {
        this.site = site;
        try {
            this.server = DevServer.start(new ServeSettings(site.root(), InetAddress.getLoopbackAddress(), 0,
                    ServeSettings.DEFAULT_QUIET, false), base -> {
                        Rebuild full = Rebuild.full(new BuildOptions(false, false, Instant.ofEpochSecond(1893456000L),
                                Optional.of(base), site.root().resolve(".kist/templates")), new kist.build.PageMemo());
                        return sources -> {
                            builds.incrementAndGet();
                            kist.build.BuildResult result = full.build(sources);
                            renderedPages.add(result.renderedPages());
                            return result;
                        };
                    }, new PrintWriter(err, true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on a free port", e);
        }
    }

    static Serving start(Path root, String files) {
        return new Serving(TestSite.write(root, files));
    }

    int port() {
        return server.address().getPort();
    }

    String origin() {
        return "http://127.0.0.1:" + port();
    }

    RawHttp.Response get(String target, String... headers) {
        return RawHttp.get(port(), target, headers);
    }

    /** Fetches {@code target} until its response passes {@code test}; fails after {@link #PATIENCE}. */
    RawHttp.Response await(String target, Predicate<RawHttp.Response> test, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RawHttp.Response last = get(target);
        while (!test.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " never happened at " + target + "; last response " + last.status()
                        + ":\n" + last.body() + "\nserver said:\n" + err);
            }
            sleep(20);
            last = get(target);
        }
        return last;
    }

    RawHttp.Response awaitText(String target, String text) {
        return await(target, response -> response.body().contains(text), "'" + text + "' served");
    }

    void awaitIdle() throws InterruptedException {
        assertTrue(server.awaitIdle(PATIENCE), "the server kept building; it said:\n" + err);
    }

    void write(String path, String text) {
        try {
            Path file = site.root().resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
