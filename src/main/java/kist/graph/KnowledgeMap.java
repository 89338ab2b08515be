package kist.graph;

import java.util.List;
import java.util.Optional;

/**
 * A drawable piece of the site's knowledge graph: techniques, posts and pages as nodes, and the
 * edges that join them. Nodes are sorted (techniques, posts, pages; each by URL) and edges refer
 * to them by index, {@code from < to}, sorted, so one map is always drawn the same way.
 * {@code focus} is the URL of the node the map is about, when it is about one (a technique's
 * neighbourhood); {@code omitted} counts the nodes left out to keep the map readable.
 */
public record KnowledgeMap(List<Node> nodes, List<Edge> edges, Optional<String> focus, int omitted) {

    public KnowledgeMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public enum Kind { TECHNIQUE, POST, PAGE }

    /** A post carries a technique; any page's text links to another. A pair joined both ways is drawn as CARRIES. */
    public enum Join { CARRIES, LINKS }

    /** {@code weight}: a technique's number of posts, otherwise the node's number of edges in the whole site. */
    public record Node(Kind kind, String url, String title, int weight) {
    }

    public record Edge(int from, int to, Join join) {
    }

    public long count(Kind kind) {
        return nodes.stream().filter(node -> node.kind() == kind).count();
    }
}
