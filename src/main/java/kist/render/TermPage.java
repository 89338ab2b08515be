package kist.render;

import java.util.List;

/**
 * The model of {@code term.jte}: a technique or tag, its description, its posts (one page of
 * them), and for a technique the map of its neighbourhood (on the first page).
 */
public record TermPage(Site site, Head head, String taxonomyName, String taxonomyPath, String title,
                       Html description, int postCount, List<PostSummary> posts, Pagination pagination,
                       List<BacklinkView> backlinks, java.util.Optional<GraphFigure> graph) {
    public TermPage {
        posts = List.copyOf(posts);
        backlinks = List.copyOf(backlinks);
    }
}
