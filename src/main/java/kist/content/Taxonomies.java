package kist.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The terms of every taxonomy, and the terms of every post, looked up by map, never by scanning. */
public record Taxonomies(Map<String, List<Term>> terms, Map<String, Term> byName, Map<String, Map<String, List<Term>>> termsOfPost) {

    public Taxonomies {
        terms = Map.copyOf(terms);
        byName = Map.copyOf(byName);
        termsOfPost = Map.copyOf(termsOfPost);
    }

    public static Taxonomies empty() {
        return new Taxonomies(Map.of(), Map.of(), Map.of());
    }

    /** Terms of a taxonomy, sorted by key. */
    public List<Term> terms(String taxonomy) {
        return terms.getOrDefault(taxonomy, List.of());
    }

    /** The term a name or alias stands for in a taxonomy, ignoring case and diacritics. */
    public Optional<Term> find(String taxonomy, String nameOrAlias) {
        return Optional.ofNullable(byName.get(lookupKey(taxonomy, Slugs.fold(nameOrAlias.strip()))));
    }

    /** A post's terms of one taxonomy, in the order the post lists them. */
    public List<Term> termsOf(Page post, String taxonomy) {
        return termsOfPost.getOrDefault(post.url(), Map.of()).getOrDefault(taxonomy, List.of());
    }

    static String lookupKey(String taxonomy, String folded) {
        return taxonomy + "\u0000" + folded;
    }
}
