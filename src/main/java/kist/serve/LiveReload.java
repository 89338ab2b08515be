package kist.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events at {@link PageDecoration#EVENTS_PATH}: each open page holds one stream and is
 * told the site's version when it connects and whenever a build changed it. Each stream holds a
 * thread of the server while it is open; a cap keeps a runaway tab from taking them all.
 */
final class LiveReload implements AutoCloseable {
    private static final int MAX_STREAMS = 64;
    /** A comment line this often shows a closed tab's stream to be gone, so its thread is freed. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final AtomicInteger streams = new AtomicInteger();
    private String version;
    private boolean closed;

    LiveReload(String version) {
        this.version = version;
    }

    synchronized void publish(String next) {
        version = next;
        notifyAll();
    }

    /** Answers one request for the stream; returns when the client goes away or the server closes. */
    void stream(HttpExchange exchange, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (head) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        if (streams.incrementAndGet() > MAX_STREAMS) {
            streams.decrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        try {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            String sent = null;
            write(body, "retry: 1000\n\n");
            while (true) {
                String current = awaitChange(sent);
                if (current == null) {
                    return;
                }
                write(body, current.equals(sent) ? ": still here\n\n" : "event: version\ndata: " + current + "\n\n");
                sent = current;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.decrementAndGet();
        }
    }

    /** The version once it differs from {@code sent} or the keep-alive time passed; null once closed. */
    private synchronized String awaitChange(String sent) throws InterruptedException {
        long deadline = System.nanoTime() + KEEP_ALIVE.toNanos();
        while (!closed && version.equals(sent)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return closed ? null : version;
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
