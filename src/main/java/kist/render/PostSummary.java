package kist.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A post as lists and neighbours show it. */
public record PostSummary(String title, String path, LocalDate day, Html summary, boolean hasMore,
                          List<TermLink> techniques, List<TermLink> tags, Optional<String> image) {
    public PostSummary {
        techniques = List.copyOf(techniques);
        tags = List.copyOf(tags);
    }

    public String isoDate() {
        return day.toString();
    }
}
