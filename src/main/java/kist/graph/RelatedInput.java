package kist.graph;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One post as related-post scoring sees it. {@code url} is unique; {@code techniques} are term
 * keys (already folded, e.g. "kaser"); {@code links} are the urls this post's text links to;
 * {@code keywords} are those of its text ({@link RelatedPosts#keywords(String)}).
 *
 * <p>The sets are copied into sorted, unmodifiable sets: {@code Set.copyOf} would iterate in an
 * order that changes from one JVM run to the next, and every consumer here must be deterministic.
 */
public record RelatedInput(String url, Instant date, Set<String> techniques, Set<String> links, Set<String> keywords) {
    public RelatedInput {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        techniques = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(techniques, "techniques")));
        links = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(links, "links")));
        keywords = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(keywords, "keywords")));
    }
}
