package kist.render;

import java.util.List;

/**
 * What the layout's {@code <head>} says of one page. {@code path} is the page's URL path;
 * {@code feeds} are the page's own feeds, besides the site's (a technique page has its technique's).
 */
public record Head(String title, String description, String path, boolean isHome, List<FeedLink> feeds) {
    public Head {
        feeds = List.copyOf(feeds);
    }

    public Head(String title, String description, String path, boolean isHome) {
        this(title, description, path, isHome, List.of());
    }
}
