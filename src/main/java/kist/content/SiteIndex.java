package kist.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of the site, placed: posts newest first, standalone pages by URL, and every page by
 * its URL. Built once per build; later stages look pages up here instead of scanning.
 */
public record SiteIndex(List<Page> posts, List<Page> pages, Map<String, Page> byUrl) {

    public SiteIndex {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        byUrl = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byUrl));
    }

    public Optional<Page> byUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }
}
