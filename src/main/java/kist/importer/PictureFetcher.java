package kist.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Downloads pictures for {@code --images download}: one at a time, size-capped, images only. */
final class PictureFetcher {
    private static final int MAX_BYTES = 25 * 1024 * 1024;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    /** What a download gave: the picture, or why there is none. */
    record Result(Optional<ImportPlanner.Picture> picture, String problem) {
    }

    Map<String, Result> fetchAll(Set<String> urls) {
        Map<String, Result> results = new TreeMap<>();
        for (String url : urls) {
            results.put(url, fetch(url));
        }
        return results;
    }

    private Result fetch(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "kist-import").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return failed("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return failed("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                return extension(bytes).map(ext -> new Result(Optional.of(new ImportPlanner.Picture(bytes, ext)), ""))
                        .orElseGet(() -> failed("not a JPEG, PNG, GIF or WebP picture"));
            }
        } catch (IOException | IllegalArgumentException e) {
            return failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    private static Result failed(String problem) {
        return new Result(Optional.empty(), problem);
    }

    /** The extension the bytes show, whatever the address or the server says. */
    static Optional<String> extension(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("jpg");
        } else if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of("png");
        } else if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("gif");
        } else if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }
}
