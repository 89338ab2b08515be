package kist.render;

import java.util.Optional;

/**
 * Where one page of a list stands: page {@code number} of {@code count} at {@code path}, and its
 * neighbours' paths.
 */
public record Pagination(int number, int count, String path, Optional<String> newerPath, Optional<String> olderPath) {
    public boolean isPaginated() {
        return count > 1;
    }

    public String outputPath() {
        return path.substring(1) + "index.html";
    }
}
