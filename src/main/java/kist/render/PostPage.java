package kist.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The model of {@code post.jte}. */
public record PostPage(Site site, Head head, PostSummary post, Optional<LocalDate> updated, Html body, Html toc,
                       int wordCount, int readingMinutes,
                       Optional<PostSummary> newer, Optional<PostSummary> older, Map<String, Object> params) {
}
