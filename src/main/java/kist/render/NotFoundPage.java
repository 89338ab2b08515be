package kist.render;

/** The model of {@code 404.jte}. */
public record NotFoundPage(Site site, Head head) {
}
