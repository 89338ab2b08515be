package kist.render;

import java.util.List;
import java.util.Optional;

/** Where a post stands in its series: "Deel 2 van 4", all parts, and the parts around it. */
public record SeriesBox(String name, String path, int position, int count, List<Part> parts,
                        Optional<Part> previous, Optional<Part> next) {
    public SeriesBox {
        parts = List.copyOf(parts);
    }

    public record Part(String title, String path, boolean current) {
    }
}
