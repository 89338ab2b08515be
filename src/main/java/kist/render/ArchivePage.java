package kist.render;

import java.util.List;

/** The model of {@code archive.jte}: every post, grouped by year and month, newest first. */
public record ArchivePage(Site site, Head head, String title, int count, List<Year> years) {
    public ArchivePage {
        years = List.copyOf(years);
    }

    public record Year(int year, int count, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }
    }

    /** {@code id} ("2007-10") anchors the month; {@code name} is its name in the site's language. */
    public record Month(String id, String name, int count, List<PostSummary> posts) {
        public Month {
            posts = List.copyOf(posts);
        }
    }
}
