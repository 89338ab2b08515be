package kist.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import kist.output.OutputFile;

/**
 * Answers every request from the site in memory. Checks come first and refuse rather than
 * repair: a foreign Host (400), a method other than GET or HEAD (405), a path that is not plainly
 * a path of the site (400). A path that passes is only ever a key into the built files, so no
 * request can name a file of the disk.
 */
final class SiteHandler implements HttpHandler {
    private static final String NOT_FOUND_PAGE = "404.html";

    private final Supplier<ServedSite> site;
    private final RequestGuard guard;
    private final LiveReload liveReload;

    SiteHandler(Supplier<ServedSite> site, RequestGuard guard, LiveReload liveReload) {
        this.site = site;
        this.guard = guard;
        this.liveReload = liveReload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-cache");
            if (!guard.isAllowedHost(exchange.getRequestHeaders().get("Host"))) {
                text(exchange, 400, "kist serve answers only to localhost, 127.0.0.1 and [::1]\n");
                return;
            }
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                headers.set("Allow", "GET, HEAD");
                text(exchange, 405, "kist serve answers only GET and HEAD\n");
                return;
            }
            // an absolute-form target ("GET http://host/ HTTP/1.1") would name a host the Host check did not see
            if (exchange.getRequestURI().isAbsolute() || exchange.getRequestURI().getRawAuthority() != null) {
                text(exchange, 400, "bad request\n");
                return;
            }
            Optional<String> path = RequestGuard.sitePath(exchange.getRequestURI().getRawPath());
            if (path.isEmpty()) {
                text(exchange, 400, "bad request\n");
                return;
            }
            serve(exchange, path.get(), head);
        }
    }

    private void serve(HttpExchange exchange, String path, boolean head) throws IOException {
        if (path.equals(PageDecoration.EVENTS_PATH)) {
            try {
                liveReload.stream(exchange, head);
            } catch (IOException e) {
                // the tab closed or reloaded: its stream ends here, which is how streams end
            }
            return;
        }
        if (path.equals(PageDecoration.SCRIPT_PATH)) {
            respond(exchange, 200, "text/javascript; charset=utf-8", List.of(PageDecoration.SCRIPT.getBytes(StandardCharsets.UTF_8)),
                    Optional.empty(), head);
            return;
        }
        ServedSite current = site.get();
        if (!current.hasSite()) {
            respond(exchange, 500, ContentTypes.HTML, List.of(PageDecoration.errorPage(current)), Optional.empty(), head);
            return;
        }
        String key = path.substring(1);
        ServedSite.ServedFile file = current.files().get(key.isEmpty() || key.endsWith("/") ? key + "index.html" : key);
        if (file == null && !key.isEmpty() && !key.endsWith("/") && current.files().containsKey(key + "/index.html")) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/"
                    + (query == null ? "" : "?" + query));
            text(exchange, 301, "moved to the folder's address\n");
            return;
        }
        int status = 200;
        if (file == null) {
            status = 404;
            file = current.files().get(NOT_FOUND_PAGE);
            if (file == null) {
                text(exchange, 404, "not found\n");
                return;
            }
        }
        Optional<OutputFile.InMemory> content = read(file.file());
        if (content.isEmpty()) {
            text(exchange, 404, "not found (deleted since the last build)\n");
            return;
        }
        List<byte[]> body = content.get().parts();
        String type = ContentTypes.of(file.file().path(), body.isEmpty() ? new byte[0] : body.get(0));
        String etag = file.etag();
        if (ContentTypes.isHtml(type)) {
            body = List.of(PageDecoration.decorate(content.get().bytes(), current));
            etag = etag + "-" + current.version();   // the page carries the site's version and its errors
        }
        respond(exchange, status, type, body, status == 200 ? Optional.of("\"" + etag + "\"") : Optional.empty(), head);
    }

    /** The file in memory, in the parts it is kept in (search.json's entries are sent as they are, not joined first). */
    private static Optional<OutputFile.InMemory> read(OutputFile file) throws IOException {
        if (file instanceof OutputFile.InMemory made) {
            return Optional.of(made);
        }
        OutputFile.Copied copied = (OutputFile.Copied) file;
        try {
            return Optional.of(new OutputFile.Generated(copied.path(), Files.readAllBytes(copied.source()), copied.origin()));
        } catch (NoSuchFileException e) {
            return Optional.empty();   // deleted after the build: the next build drops it from the site
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, List<byte[]> body, Optional<String> etag,
                                boolean head) throws IOException {
        long length = body.stream().mapToLong(part -> part.length).sum();
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        if (etag.isPresent()) {
            headers.set("ETag", etag.get());
            if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag.get())) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        if (head) {
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte[] part : body) {
                    out.write(part);
                }
            }
        }
    }

    /** If-None-Match: "*", or a list of tags, weak ones (W/"...") compared weakly as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
