package kist.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of the site, placed: posts newest first, standalone pages by URL, and every page by
 * its URL, in URL order. Built once per build; later stages look pages up here instead of scanning.
 */
public record SiteIndex(List<Page> posts, List<Page> pages, Map<String, Page> byUrl) {

    /** @param byUrl iterates in URL order (the indexer puts pages in so), which the map keeps */
    public SiteIndex {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        String previous = null;
        for (String url : byUrl.keySet()) {
            if (previous != null && previous.compareTo(url) >= 0) {
                throw new IllegalArgumentException("pages not in URL order: " + previous + " before " + url);
            }
            previous = url;
        }
        byUrl = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byUrl));
    }

    public Optional<Page> byUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }
}
