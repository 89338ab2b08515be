package kist.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import kist.cache.Reuse;
import kist.cache.Same;
import kist.content.Taxonomies;
import kist.content.TermIndexer;
import kist.graph.KnowledgeMap;
import kist.graph.KnowledgeMaps;
import kist.graph.MapLayout;

/** The drawn maps of a site: the whole site on its own page, and each technique's neighbourhood. */
final class GraphFigures {
    /**
     * The site map keeps the most joined nodes beyond this many: more would not be readable, and
     * the page says how many it left out.
     */
    static final int SITE_LIMIT = 200;
    static final int NEIGHBOURHOOD_POSTS = 30;
    static final int NEIGHBOURHOOD_TECHNIQUES = 16;
    /** A technique with one post and nothing else is a line, not a map. */
    private static final int NEIGHBOURHOOD_MIN_NODES = 3;

    private GraphFigures() {
    }

    /** What a figure is drawn from: laying a map out is the costly part, done again only when one of these changed. */
    private record Drawing(KnowledgeMap map, MapLayout.Frame frame, String title, Site site, Locale locale) {
        GraphFigure figure() {
            return GraphSvg.figure(map, frame, "graph-map", title, site, locale);
        }
    }

    static GraphPage sitePage(KnowledgeMaps maps, Site site, Locale locale, String path, Reuse reuse) {
        String title = site.t("graph.title");
        KnowledgeMap map = reuse.get("site map", new Same<>(maps), same -> same.value().site(SITE_LIMIT));
        GraphFigure figure = reuse.get("map of the site", new Drawing(map, GraphSvg.siteFrame(map.nodes().size()),
                site.t("graph.svgTitle", site.title()), site, locale), Drawing::figure);
        return new GraphPage(site, new Head(title, site.t("graph.description"), path, false), title, figure);
    }

    /** The figure of every technique whose neighbourhood is worth drawing, by the technique's URL; laid out in parallel. */
    static Map<String, GraphFigure> neighbourhoods(KnowledgeMaps maps, Taxonomies taxonomies, Site site, Locale locale, Reuse reuse) {
        Map<String, GraphFigure> figures = new TreeMap<>();
        taxonomies.terms(TermIndexer.TECHNIQUES).parallelStream()
                .map(term -> maps.around(term.url(), NEIGHBOURHOOD_POSTS, NEIGHBOURHOOD_TECHNIQUES)
                        .filter(map -> map.nodes().size() >= NEIGHBOURHOOD_MIN_NODES)
                        .map(map -> Map.entry(term.url(), reuse.get("map around", term.url(),
                                new Drawing(map, GraphSvg.TERM_FRAME, site.t("graph.around", term.title()), site, locale), Drawing::figure))))
                .flatMap(Optional::stream)
                .toList()
                .forEach(entry -> figures.put(entry.getKey(), entry.getValue()));
        return figures;
    }
}
