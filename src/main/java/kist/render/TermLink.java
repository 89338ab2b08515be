package kist.render;

/** A link to a technique or tag page. */
public record TermLink(String name, String path) {
}
