package kist.render;

/** An Atom feed a page announces in its {@code <head>}: its title and its path in the site ("/feed.xml"). */
public record FeedLink(String title, String path) {
}
