package kist.render;

import java.util.List;

/** The model of {@code series.jte}: the parts of a series in reading order. */
public record SeriesPage(Site site, Head head, String name, List<PostSummary> parts) {
    public SeriesPage {
        parts = List.copyOf(parts);
    }
}
