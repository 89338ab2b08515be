package kist.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import kist.graph.KnowledgeMap;
import kist.graph.MapLayout;

/**
 * Draws a laid-out {@link KnowledgeMap} as inline SVG: edges as lines, each node a link to its
 * page with its full title as {@code <title>} (tooltip and accessible name) and a short label.
 * Colours come from classes styled in kist.css, so the map follows the light and dark theme.
 * Every piece of text passes through {@link #xml}, and numbers are written to one decimal, so
 * the same map is always the same bytes.
 */
final class GraphSvg {
    static final MapLayout.Frame TERM_FRAME = new MapLayout.Frame(640, 220, 520, 78, 24, 30, 200);
    static final int LABEL_LENGTH = 22;
    /**
     * Beyond this many nodes, labels would cover each other: techniques keep theirs, and of the
     * posts and pages only the {@value #LABELLED_POSTS} most joined; the rest are named by their
     * title (a tooltip, and what a screen reader reads).
     */
    static final int ALL_LABELLED = 80;
    static final int LABELLED_POSTS = 50;

    private GraphSvg() {
    }

    /** The site map's frame: as wide as a wide screen, taller as the map grows. */
    static MapLayout.Frame siteFrame(int nodes) {
        return new MapLayout.Frame(1100, 320, Math.max(760, Math.min(1100, 500 + 3 * nodes)), 90, 24, 30, 240);
    }

    /** The figure of one map: drawn in {@code frame}, titled {@code title} for screen readers. */
    static GraphFigure figure(KnowledgeMap map, MapLayout.Frame frame, String id, String title, Site site, Locale locale) {
        MapLayout.Placement placement = MapLayout.place(map, frame);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        Comparator<GraphFigure.Entry> order = Comparator.comparing(GraphFigure.Entry::title, collator::compare)
                .thenComparing(GraphFigure.Entry::title).thenComparing(GraphFigure.Entry::path);
        return new GraphFigure(id, draw(map, placement, id, title, site),
                entries(map, KnowledgeMap.Kind.TECHNIQUE, order), entries(map, KnowledgeMap.Kind.POST, order),
                entries(map, KnowledgeMap.Kind.PAGE, order), map.edges().size(), map.omitted());
    }

    private static List<GraphFigure.Entry> entries(KnowledgeMap map, KnowledgeMap.Kind kind, Comparator<GraphFigure.Entry> order) {
        return map.nodes().stream().filter(node -> node.kind() == kind)
                .map(node -> new GraphFigure.Entry(node.title(), node.url())).sorted(order).toList();
    }

    static Html draw(KnowledgeMap map, MapLayout.Placement placement, String id, String title, Site site) {
        StringBuilder svg = new StringBuilder(256 + 300 * map.nodes().size());
        String width = number(placement.width());
        String height = number(placement.height());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph-svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(xml(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">")
                .append(xml(site.t("graph.summary", map.count(KnowledgeMap.Kind.POST), map.count(KnowledgeMap.Kind.TECHNIQUE),
                        map.edges().size()))).append("</desc>\n");
        List<MapLayout.Point> points = placement.points();
        svg.append("<g class=\"graph-edges\" aria-hidden=\"true\">\n");
        for (KnowledgeMap.Edge edge : map.edges()) {
            MapLayout.Point from = points.get(edge.from());
            MapLayout.Point to = points.get(edge.to());
            svg.append("<line class=\"graph-edge graph-").append(edge.join() == KnowledgeMap.Join.CARRIES ? "carries" : "links")
                    .append("\" x1=\"").append(number(from.x())).append("\" y1=\"").append(number(from.y()))
                    .append("\" x2=\"").append(number(to.x())).append("\" y2=\"").append(number(to.y())).append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"graph-nodes\">\n");
        Set<Integer> labelled = labelled(map);
        // techniques last, so that they and their labels lie on top of the posts around them
        for (KnowledgeMap.Kind kind : List.of(KnowledgeMap.Kind.POST, KnowledgeMap.Kind.PAGE, KnowledgeMap.Kind.TECHNIQUE)) {
            for (int i = 0; i < map.nodes().size(); i++) {
                KnowledgeMap.Node node = map.nodes().get(i);
                if (node.kind() == kind) {
                    node(svg, node, points.get(i), map.focus().filter(node.url()::equals).isPresent(), labelled.contains(i), site);
                }
            }
        }
        svg.append("</g>\n</svg>");
        return new Html(svg.toString());
    }

    /** The nodes that get a visible label: all on a small map, else the techniques and the most joined others. */
    private static Set<Integer> labelled(KnowledgeMap map) {
        Set<Integer> labelled = new HashSet<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < map.nodes().size(); i++) {
            if (map.nodes().size() <= ALL_LABELLED || map.nodes().get(i).kind() == KnowledgeMap.Kind.TECHNIQUE) {
                labelled.add(i);
            } else {
                others.add(i);
            }
        }
        others.stream().sorted(Comparator.comparingInt((Integer i) -> map.nodes().get(i).weight()).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(LABELLED_POSTS).forEach(labelled::add);
        return labelled;
    }

    private static void node(StringBuilder svg, KnowledgeMap.Node node, MapLayout.Point at, boolean focus, boolean labelled,
                             Site site) {
        String kind = switch (node.kind()) {
            case TECHNIQUE -> "technique";
            case POST -> "post";
            case PAGE -> "page";
        };
        svg.append("<a href=\"").append(xml(site.link(node.url()))).append("\" class=\"graph-node graph-").append(kind)
                .append(focus ? " graph-focus" : "").append("\">")
                .append("<title>").append(xml(site.t("graph.node." + kind, node.title()))).append("</title>");
        String x = number(at.x());
        String y = number(at.y());
        double below;
        switch (node.kind()) {
            case TECHNIQUE -> {
                double radius = (focus ? 13 : 7) + Math.min(6, 2 * Math.log(1 + node.weight()) / Math.log(2));
                svg.append("<circle class=\"graph-mark\" cx=\"").append(x).append("\" cy=\"").append(y)
                        .append("\" r=\"").append(number(radius)).append("\"/>");
                below = radius + 13;
            }
            case POST -> {
                svg.append("<rect class=\"graph-mark\" x=\"").append(number(at.x() - 5.5)).append("\" y=\"")
                        .append(number(at.y() - 5.5)).append("\" width=\"11\" height=\"11\" rx=\"2.5\"/>");
                below = 18;
            }
            default -> {
                svg.append("<polygon class=\"graph-mark\" points=\"")
                        .append(number(at.x())).append(',').append(number(at.y() - 7)).append(' ')
                        .append(number(at.x() + 7)).append(',').append(y).append(' ')
                        .append(number(at.x())).append(',').append(number(at.y() + 7)).append(' ')
                        .append(number(at.x() - 7)).append(',').append(y).append("\"/>");
                below = 19;
            }
        }
        if (labelled) {
            svg.append("<text class=\"graph-label\" x=\"").append(x).append("\" y=\"").append(number(at.y() + below)).append("\">")
                    .append(xml(label(node.title(), LABEL_LENGTH))).append("</text>");
        }
        svg.append("</a>\n");
    }

    /** A title short enough for a label: cut after a word (or part of one) when one ends late enough, with an ellipsis. */
    static String label(String title, int max) {
        String text = title.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        String cut = text.substring(0, end);
        int space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('-'));
        if (Character.isLetterOrDigit(text.codePointAt(end)) && space >= max * 2 / 3) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing().replaceAll("[\\p{Punct}–—]+$", "") + "…";
    }

    /** Text for XML and HTML alike: escaped, and without the control characters neither may hold. */
    static String xml(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0x7f && c != 0xfffe && c != 0xffff
                && !(c >= 0xd800 && c <= 0xdfff)).forEach(clean::appendCodePoint);
        return Html.escape(clean.toString());
    }

    /** One decimal, no trailing ".0", no "-0": the same number always prints the same. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long fraction = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + fraction);
    }
}
