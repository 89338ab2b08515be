package kist.graph;

import java.util.List;

import kist.content.Page;

/** Posts that belong together, in reading order: by {@code seriesOrder}, else by date. */
public record Series(String name, String slug, String url, List<Page> parts) {
    public Series {
        parts = List.copyOf(parts);
    }

    public int positionOf(Page page) {
        return parts.indexOf(page) + 1;
    }
}
