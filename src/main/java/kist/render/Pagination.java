package kist.render;

import java.util.Optional;

/** Where one page of a list stands: page {@code number} of {@code count}, and its neighbours' paths. */
public record Pagination(int number, int count, Optional<String> newerPath, Optional<String> olderPath) {
    public boolean isPaginated() {
        return count > 1;
    }
}
