package kist.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's configuration, from {@code kist.yaml}. {@code baseUrl} always ends with '/';
 * {@code rootPath} is its path ("/" or "/blog/"), the prefix of every link kist writes.
 * {@code graphPath} is where the map of the whole site lives ("/graph/", or "/kaart/").
 * {@code timeZone} is where the author lives: a date without a time ({@code date: 2007-10-03})
 * begins at midnight there, and {@code kist new post} dates a post by its calendar.
 */
public record SiteConfig(
        String title,
        String description,
        URI baseUrl,
        String language,
        Author author,
        List<MenuEntry> menu,
        Permalinks permalinks,
        List<Taxonomy> taxonomies,
        int paginate,
        RawHtmlPolicy rawHtml,
        Optional<String> image,
        String archivePath,
        Map<String, String> redirects,
        Map<String, Object> params,
        Search search,
        String graphPath,
        Outputs outputs,
        ZoneId timeZone) {

    public SiteConfig {
        menu = List.copyOf(menu);
        taxonomies = List.copyOf(taxonomies);
        redirects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(redirects));
        params = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(params));
    }

    public String rootPath() {
        return baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, author, menu, permalinks, taxonomies, paginate,
                rawHtml, image, archivePath, redirects, params, search, graphPath, outputs, timeZone);
    }

    public record Author(String name, String bio, Optional<String> photo) {
    }

    public record MenuEntry(String title, String url) {
    }

    public Taxonomy taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no taxonomy " + key));
    }

    /**
     * A way of grouping posts: {@code techniques} (the knowledge axis) or {@code tags}. {@code path}
     * is where its pages live ("/technieken/"); {@code name} its display name, when the site gives one.
     */
    public record Taxonomy(String key, String path, Optional<String> name) {
        public static final List<String> KEYS = List.of("techniques", "tags");
    }

    public enum RawHtmlPolicy { PASS, ESCAPE }

    /** The search page: {@code path} is where it lives ("/zoeken/"); its index is {@code /search.json}. */
    /**
     * Which site-wide outputs a build writes besides the pages of posts, pages and terms: a blog
     * can do without a map or an archive, and a benchmark can ask for just Hugo's page set.
     */
    public record Outputs(boolean search, boolean graph, boolean archive, boolean sitemap) {
        public static final Outputs ALL = new Outputs(true, true, true, true);
    }

    public record Search(String path) {
        public static final Search DEFAULT = new Search("/search/");
    }

    /** URL patterns with :year, :month, :day and :slug; they end with '/' or '.html'. */
    public record Permalinks(String posts, String pages) {
        public static final Permalinks DEFAULT = new Permalinks("/:year/:month/:slug/", "/:slug/");
    }
}
