package kist.markdown;

/**
 * A name to look for in a page's plain text: a technique name or alias whose first mention links
 * to {@code href}, or another page's title that is suggested as a link. {@code key} identifies
 * what it stands for (a URL), so the aliases of one technique link once.
 */
public record MentionTarget(String name, String href, String key) {
}
