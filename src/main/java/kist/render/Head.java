package kist.render;

import java.util.Optional;

/**
 * What the layout's {@code <head>} says of one page. {@code path} is the page's URL path;
 * {@code sharing} is what link previews (Open Graph, Twitter cards, JSON-LD) show of it.
 */
public record Head(String title, String description, String path, boolean isHome, Sharing sharing) {

    public Head(String title, String description, String path, boolean isHome) {
        this(title, description, path, isHome, Sharing.WEBSITE);
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
