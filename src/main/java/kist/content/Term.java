package kist.content;

import java.util.List;
import java.util.Optional;

/**
 * One technique or tag: {@code key} is its folded name (case and diacritics ignored, "kaser"),
 * {@code name} the spelling shown, {@code url} its page. Its description page, when the site has
 * one ({@code content/techniques/<slug>.md}), heads that page. {@code posts} are newest first;
 * their places and front matter are current, but a long-lived builder may keep a term across a
 * build that changed only a post's body, so a post's text is read from the site index, not here.
 */
public record Term(String taxonomy, String key, String name, String slug, String url, List<String> aliases,
                   Optional<Page> description, List<Page> posts) {

    public Term {
        aliases = List.copyOf(aliases);
        posts = List.copyOf(posts);
    }

    /** A term is its taxonomy and key: hashing its list of posts would cost a walk over all of them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Term term && term.taxonomy.equals(taxonomy) && term.key.equals(key);
    }

    @Override
    public int hashCode() {
        return taxonomy.hashCode() * 31 + key.hashCode();
    }

    /** The heading of its page: the description's title when there is one, else its name. */
    public String title() {
        return description.map(Page::title).orElse(name);
    }
}
