package kist.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

import kist.build.BuildResult;
import kist.build.SiteSources;
import kist.build.SourceReader;
import kist.build.StageTimes;
import kist.cache.Reuse;
import kist.content.ContentPaths;
import kist.diag.Diagnostic;

/**
 * {@code kist serve}: builds the site in memory, serves it, and builds again when its sources
 * change, reloading open tabs when the result differs.
 *
 * <p>HTTP comes from the JDK's own {@code com.sun.net.httpserver}: a local dev server needs no
 * more than it offers (keep-alive, chunked streams for server-sent events, a thread pool), and it
 * adds no dependency to kist. It does parse the request line into a {@link URI} before kist sees
 * it, refusing anything that is no URI (a raw backslash, a NUL, a space) with its own 400; kist's
 * checks then run on the raw, undecoded path ({@link RequestGuard}).
 */
public final class DevServer implements AutoCloseable {
    private final ServeSettings settings;
    private final URI address;
    private final Rebuild rebuild;
    /** The files of the previous read, taken over while they are unchanged on disk. */
    private final Reuse sourcesRead = Reuse.across();
    /** What the watcher reported since the last read began (paths relative to the site folder). */
    private final java.util.Set<String> changedSinceRead = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The last read, on the build thread only; empty when the next read must look at every file. */
    private Optional<SiteSources> lastRead = Optional.empty();
    private final PrintWriter err;
    private final HttpServer http;
    private final ExecutorService threads;
    private final AtomicReference<ServedSite> site = new AtomicReference<>(ServedSite.empty());
    private final LiveReload liveReload = new LiveReload("");
    private final BuildLoop loop;
    private final SiteWatcher watcher;
    private final AtomicInteger builds = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();

    private DevServer(ServeSettings settings, HttpServer http, Function<URI, Rebuild> rebuilds, PrintWriter err) {
        this.settings = settings;
        this.http = http;
        this.err = err;
        this.address = URI.create("http://" + RequestGuard.hostLiteral(displayed(settings)) + ":"
                + http.getAddress().getPort() + "/");
        this.rebuild = rebuilds.apply(address);
        this.loop = new BuildLoop(settings.quiet(), this::buildOnce);
        this.watcher = new SiteWatcher(settings.root(), path -> {
            changedSinceRead.add(path);
            loop.changed();
        }, err);
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "kist-serve-http");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Binds, builds once (a failed build still starts the server, which then shows the errors),
     * and starts serving and watching.
     *
     * @param rebuilds makes the build from the server's own address, which becomes the site's
     *                 base URL so that canonical links and feeds point at the server
     * @throws IOException when the address cannot be bound (a port in use)
     */
    public static DevServer start(ServeSettings settings, Function<URI, Rebuild> rebuilds, PrintWriter err) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 0);
        DevServer server;
        try {
            server = new DevServer(settings, http, rebuilds, err);
        } catch (RuntimeException e) {
            http.stop(0);
            throw e;
        }
        server.buildOnce();
        http.createContext("/", new SiteHandler(server.site::get, RequestGuard.forBinding(settings.bind()), server.liveReload));
        http.setExecutor(server.threads);
        http.start();
        server.watcher.start();
        server.loop.start();
        return server;
    }

    /** The address to open, such as {@code http://127.0.0.1:1313/}, with the port actually bound. */
    public URI address() {
        return address;
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private static java.net.InetAddress displayed(ServeSettings settings) {
        return settings.bind().isAnyLocalAddress() ? java.net.InetAddress.getLoopbackAddress() : settings.bind();
    }

    /** Reads and builds; a failure keeps the last good site and shows its errors on every page. */
    private void buildOnce() {
        long started = System.nanoTime();
        ServedSite before = site.get();
        ServedSite after;
        BuildResult result = null;
        try {
            StageTimes reading = new StageTimes();
            SiteSources sources = read();
            reading.lap("read sources");
            result = rebuild.build(sources);
            if (settings.timings()) {
                err.print(StageTimes.lines(reading.stages(), result.stageTimes()));
            }
            builds.incrementAndGet();
            result.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
            after = before.after(result);
        } catch (UncheckedIOException e) {
            // a file vanished or changed while it was read (an editor mid-save); its event brings the next build
            err.println("kist: " + e.getMessage() + ": " + e.getCause());
            after = before.withErrors(java.util.List.of(readError(e)));
        } catch (RuntimeException e) {
            // a bug in kist must not end the server the author is writing with: report it, keep serving
            e.printStackTrace(err);
            after = before.withErrors(java.util.List.of(Diagnostic.error("kist", 0, 0,
                    "the build crashed: " + e, "this is a bug in kist; the stack trace is in the terminal")));
        }
        if (!after.version().equals(before.version())) {
            site.set(after);
            liveReload.publish(after.version());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (result != null && result.succeeded()) {
            err.printf(Locale.ROOT, "kist: built %d page%s, %d files in %.2f s%s%n", result.pages(),
                    result.pages() == 1 ? "" : "s", result.files().size(), seconds,
                    after.version().equals(before.version()) ? " (nothing changed)" : "");
        } else {
            int errors = after.errors().size();
            err.printf(Locale.ROOT, "kist: build failed with %d error%s; %s%n", errors, errors == 1 ? "" : "s",
                    after.hasSite() ? "serving the last good site with the errors on every page" : "serving the errors");
        }
        err.flush();
    }

    /**
     * The sources now: when only Markdown files changed since the last read, those are read again
     * and the rest taken over; otherwise every file is looked at (unchanged ones still taken over).
     */
    private SiteSources read() {
        java.util.List<String> changed = new java.util.ArrayList<>(changedSinceRead);
        changedSinceRead.removeAll(changed);
        Optional<SiteSources> previous = lastRead;
        lastRead = Optional.empty();
        SiteSources sources = previous.flatMap(last -> SourceReader.update(last, changed)).orElseGet(() -> {
            try {
                return SourceReader.read(settings.root(), sourcesRead);
            } finally {
                sourcesRead.sweep();
            }
        });
        lastRead = Optional.of(sources);
        return sources;
    }

    private Diagnostic readError(UncheckedIOException e) {
        String file = e.getCause() instanceof FileSystemException problem && problem.getFile() != null
                ? relative(Path.of(problem.getFile())) : "content";
        return Diagnostic.error(file, 0, 0, "cannot read: " + e.getCause().getMessage(),
                "kist builds again at the next change; save the file again if this stays");
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(settings.root()) ? ContentPaths.relative(settings.root(), absolute)
                : absolute.toString();
    }

    /** For tests: how many builds ran through the {@link Rebuild}. */
    int builds() {
        return builds.get();
    }

    /** For tests: a change is waiting for its build. */
    boolean changePending() {
        return loop.isPending();
    }

    /** For tests: waits until no build runs or waits; false if that did not happen within {@code timeout}. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return loop.awaitIdle(timeout);
    }

    /** For tests: what is served now. */
    ServedSite site() {
        return site.get();
    }

    @Override
    public void close() {
        if (closing.getAndSet(true)) {
            return;
        }
        watcher.close();
        loop.close();
        liveReload.close();
        http.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed.countDown();
    }
}
