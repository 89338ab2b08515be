package kist.render;

import java.util.List;

/**
 * The model of {@code graphfigure.jte}: a drawn {@link kist.graph.KnowledgeMap} and the same
 * nodes as lists of links, for readers who do not see the drawing. {@code id} prefixes the ids
 * inside; {@code edges} counts the lines drawn; {@code omitted} the nodes left out.
 */
public record GraphFigure(String id, Html svg, List<Entry> techniques, List<Entry> posts, List<Entry> pages,
                          int edges, int omitted) {
    public GraphFigure {
        techniques = List.copyOf(techniques);
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
    }

    /** One node as a link: its full title and its path. */
    public record Entry(String title, String path) {
    }

    /** A group of the list: "technique", "post" or "page", and its entries. */
    public record Group(String kind, List<Entry> entries) {
    }

    /** The non-empty groups, techniques first. */
    public List<Group> groups() {
        return java.util.stream.Stream.of(new Group("technique", techniques), new Group("post", posts), new Group("page", pages))
                .filter(group -> !group.entries().isEmpty()).toList();
    }

    public int nodes() {
        return techniques.size() + posts.size() + pages.size();
    }
}
