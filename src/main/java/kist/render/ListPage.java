package kist.render;

import java.util.List;

/** The model of {@code list.jte}: one page of a paginated list of posts. */
public record ListPage(Site site, Head head, String title, List<PostSummary> posts, Pagination pagination) {
    public ListPage {
        posts = List.copyOf(posts);
    }
}
