package kist.render;

/** The model of {@code graph.jte}: the map of the whole site. */
public record GraphPage(Site site, Head head, String title, GraphFigure figure) {
}
