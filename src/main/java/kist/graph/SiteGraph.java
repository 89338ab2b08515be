package kist.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kist.content.Page;

/**
 * How the pages hang together, derived from the index and the links found while rendering:
 * backlinks by target URL, related posts by post URL, and the series.
 */
public record SiteGraph(Map<String, List<Backlink>> backlinks, Map<String, List<Related>> related,
                        List<Series> series, Map<String, Series> seriesByPost) {

    public SiteGraph {
        backlinks = Map.copyOf(backlinks);
        related = Map.copyOf(related);
        series = List.copyOf(series);
        seriesByPost = Map.copyOf(seriesByPost);
    }

    public List<Backlink> backlinksOf(String url) {
        return backlinks.getOrDefault(url, List.of());
    }

    public List<Related> relatedTo(Page post) {
        return related.getOrDefault(post.url(), List.of());
    }

    public Optional<Series> seriesOf(Page post) {
        return Optional.ofNullable(seriesByPost.get(post.url()));
    }
}
