package kist.render;

import java.util.List;
import java.util.Optional;

/**
 * What the layout's {@code <head>} says of one page. {@code path} is the page's URL path;
 * {@code sharing} is what link previews (Open Graph, Twitter cards, JSON-LD) show of it;
 * {@code feeds} are the page's own feeds, besides the site's (a technique page has its technique's).
 */
public record Head(String title, String description, String path, boolean isHome, Sharing sharing, List<FeedLink> feeds) {
    public Head {
        feeds = List.copyOf(feeds);
    }

    public Head(String title, String description, String path, boolean isHome) {
        this(title, description, path, isHome, Sharing.WEBSITE, List.of());
    }

    public Head(String title, String description, String path, boolean isHome, Sharing sharing) {
        this(title, description, path, isHome, sharing, List.of());
    }

    /**
     * @param type      Open Graph type: "website" or "article"
     * @param image     absolute address of the preview image
     * @param published ISO date-time of an article
     * @param jsonLd    the page's structured data, as a JSON text (escaped for a script element)
     */
    public record Sharing(String type, Optional<String> image, Optional<String> published, Optional<String> modified,
                          Optional<Html> jsonLd) {
        public static final Sharing WEBSITE = new Sharing("website", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
