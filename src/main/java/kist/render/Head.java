package kist.render;

/** What the layout's {@code <head>} says of one page. {@code path} is the page's URL path. */
public record Head(String title, String description, String path, boolean isHome) {
}
