package kist.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model of {@code post.jte}. */
public record PostPage(Site site, Head head, PostSummary post, Optional<LocalDate> updated, Html body, Html toc,
                       int wordCount, int readingMinutes,
                       Optional<PostSummary> newer, Optional<PostSummary> older,
                       Optional<SeriesBox> series, List<BacklinkView> backlinks, List<PostSummary> related,
                       Map<String, Object> params) {
    public PostPage {
        backlinks = List.copyOf(backlinks);
        related = List.copyOf(related);
    }
}
