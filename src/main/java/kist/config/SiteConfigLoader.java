package kist.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kist.data.DataParser;
import kist.data.Fields;
import kist.data.Value;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;

/** Reads and validates {@code kist.yaml}. */
public final class SiteConfigLoader {
    public static final String FILE_NAME = "kist.yaml";
    private static final Set<String> KNOWN_KEYS = Set.of("title", "description", "baseUrl", "language", "author",
            "menu", "permalinks", "taxonomies", "paginate", "markdown", "image", "archive", "redirects", "params", "search", "graph", "outputs",
            "timeZone");
    private static final Set<String> PERMALINK_TOKENS = Set.of(":year", ":month", ":day", ":slug");

    private SiteConfigLoader() {
    }

    public static Outcome<SiteConfig> load(String text) {
        Outcome<Value.Mapping> parsed = DataParser.yaml(FILE_NAME, text, 1);
        if (parsed.value().isEmpty()) {
            return Outcome.failed(parsed.diagnostics());
        }
        Reader reader = new Reader(parsed.value().get());
        SiteConfig config = reader.config();
        return reader.fields.hasErrors()
                ? Outcome.failed(reader.fields.problems())
                : Outcome.of(config, reader.fields.problems());
    }

    /** Parses a base URL as given on the command line or in kist.yaml; it gets a trailing '/'. */
    public static Optional<URI> parseBaseUrl(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            boolean absoluteHttp = uri.isAbsolute() && Set.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null;
            boolean rootRelative = !uri.isAbsolute() && uri.getRawPath().startsWith("/") && uri.getHost() == null;
            return absoluteHttp || rootRelative ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Parses a time zone as given on the command line or in kist.yaml: a region (Europe/Amsterdam), UTC, or an offset. */
    public static Optional<ZoneId> parseTimeZone(String text) {
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final class Reader {
        private final Value.Mapping root;
        private final Fields fields = new Fields(FILE_NAME);

        Reader(Value.Mapping root) {
            this.root = root;
        }

        SiteConfig config() {
            for (String key : root.entries().keySet()) {
                if (!KNOWN_KEYS.contains(key)) {
                    Position at = root.positionOf(key);
                    fields.add(Diagnostic.warning(FILE_NAME, at.line(), at.column(), "unknown setting '" + key + "'",
                            "known settings: " + String.join(", ", new java.util.TreeSet<>(KNOWN_KEYS))
                                    + "; put your own values under params:"));
                }
            }
            String title = fields.text(root, "title").orElseGet(() -> {
                fields.error(null, "missing title", "add a line such as: title: \"My blog\"");
                return "";
            });
            String description = fields.text(root, "description").orElse("");
            URI baseUrl = fields.text(root, "baseUrl").flatMap(url -> {
                Optional<URI> parsed = parseBaseUrl(url);
                if (parsed.isEmpty()) {
                    fields.error(root.entries().get("baseUrl"), "baseUrl '" + url + "' is not an http(s) address or a path starting with '/'",
                            "for example: baseUrl: https://example.com/ (or https://example.github.io/blog/)");
                }
                return parsed;
            }).orElse(URI.create("/"));
            String language = fields.text(root, "language").orElse("en");
            try {
                new Locale.Builder().setLanguageTag(language);
            } catch (IllformedLocaleException e) {
                fields.error(root.entries().get("language"), "language '" + language + "' is not a language tag",
                        "for example: language: nl (or en, de, en-GB)");
                language = "en";
            }
            Value.Mapping authorMap = fields.mapping(root, "author");
            SiteConfig.Author author = new SiteConfig.Author(fields.text(authorMap, "name").orElse(""),
                    fields.text(authorMap, "bio").orElse(""), fields.text(authorMap, "photo"));
            List<SiteConfig.MenuEntry> menu = menu();
            Value.Mapping permalinkMap = fields.mapping(root, "permalinks");
            SiteConfig.Permalinks permalinks = new SiteConfig.Permalinks(
                    permalink(permalinkMap, "posts", SiteConfig.Permalinks.DEFAULT.posts()),
                    permalink(permalinkMap, "pages", SiteConfig.Permalinks.DEFAULT.pages()));
            List<SiteConfig.Taxonomy> taxonomies = taxonomies(fields.mapping(root, "taxonomies"), language);
            int paginate = fields.wholeNumber(root, "paginate", 1, 10_000, "10").orElse(10);
            Value.Mapping markdown = fields.mapping(root, "markdown");
            SiteConfig.RawHtmlPolicy rawHtml = fields.text(markdown, "rawHtml").map(policy -> switch (policy) {
                case "pass" -> SiteConfig.RawHtmlPolicy.PASS;
                case "escape" -> SiteConfig.RawHtmlPolicy.ESCAPE;
                default -> {
                    fields.error(markdown.entries().get("rawHtml"), "rawHtml must be 'pass' or 'escape', not '" + policy + "'",
                            "rawHtml: pass keeps HTML you write in posts; escape shows it as text");
                    yield SiteConfig.RawHtmlPolicy.PASS;
                }
            }).orElse(SiteConfig.RawHtmlPolicy.PASS);
            Optional<String> image = fields.text(root, "image");
            String archivePath = folderPath(fields.mapping(root, "archive"), "path", "/archive/", "archive path");
            Map<String, String> redirects = redirects(fields.mapping(root, "redirects"));
            Map<String, Object> params = new HashMap<>();
            fields.mapping(root, "params").entries().forEach((key, value) -> {
                Object plain = value.toPlain();
                if (plain != null) {
                    params.put(key, plain);
                }
            });
            return new SiteConfig(title, description, baseUrl, language, author, menu, permalinks, taxonomies, paginate,
                    rawHtml, image, archivePath, redirects, params, search(fields.mapping(root, "search")),
                    folderPath(fields.mapping(root, "graph"), "path", "/graph/", "graph path"),
                    outputs(fields.mapping(root, "outputs")), timeZone());
        }

        /** A region's name (Europe/Amsterdam), UTC, or an offset (+01:00); UTC when not set. */
        private ZoneId timeZone() {
            return fields.text(root, "timeZone").flatMap(name -> {
                Optional<ZoneId> parsed = parseTimeZone(name);
                if (parsed.isEmpty()) {
                    fields.error(root.entries().get("timeZone"), "timeZone '" + name + "' is not a time zone",
                            "write where you live as a region, such as timeZone: Europe/Amsterdam (or UTC, or an offset: +01:00)");
                }
                return parsed;
            }).orElse(ZoneOffset.UTC);
        }

        private SiteConfig.Outputs outputs(Value.Mapping map) {
            java.util.Set<String> known = Set.of("search", "graph", "archive", "sitemap");
            for (String key : map.entries().keySet()) {
                if (!known.contains(key)) {
                    fields.error(map.entries().get(key), "unknown output '" + key + "'",
                            "outputs are " + String.join(", ", new java.util.TreeSet<>(known)) + ": each true or false");
                }
            }
            return new SiteConfig.Outputs(fields.bool(map, "search").orElse(true), fields.bool(map, "graph").orElse(true),
                    fields.bool(map, "archive").orElse(true), fields.bool(map, "sitemap").orElse(true));
        }

        private SiteConfig.Search search(Value.Mapping map) {
            return new SiteConfig.Search(folderPath(map, "path", SiteConfig.Search.DEFAULT.path(), "search path"));
        }

        /** Both taxonomies always exist; kist.yaml may move them and name them, per language or once. */
        private List<SiteConfig.Taxonomy> taxonomies(Value.Mapping map, String language) {
            for (String key : map.entries().keySet()) {
                if (!SiteConfig.Taxonomy.KEYS.contains(key)) {
                    fields.error(map.entries().get(key), "unknown taxonomy '" + key + "'",
                            "kist knows the taxonomies " + String.join(" and ", SiteConfig.Taxonomy.KEYS));
                }
            }
            List<SiteConfig.Taxonomy> taxonomies = new ArrayList<>();
            for (String key : SiteConfig.Taxonomy.KEYS) {
                Value.Mapping settings = fields.mapping(map, key);
                String path = folderPath(settings, "path", "/" + key + "/", "taxonomy path");
                Optional<String> name = Fields.value(settings, "name").flatMap(value -> value instanceof Value.Mapping byLanguage
                        ? fields.text(byLanguage, language)
                        : fields.text(settings, "name"));
                taxonomies.add(new SiteConfig.Taxonomy(key, path, name));
            }
            return taxonomies;
        }

        /** A folder of the site such as /technieken/: starts and ends with '/', stays inside the site. */
        private String folderPath(Value.Mapping settings, String key, String fallback, String what) {
            String path = fields.text(settings, key).orElse(fallback);
            if (!path.startsWith("/") || !path.endsWith("/") || path.length() < 3 || !kist.content.UrlPaths.isSafe(path)) {
                fields.error(settings.entries().get(key), what + " '" + path + "' is not a folder path",
                        "start and end it with '/', for example: " + key + ": " + fallback);
                return fallback;
            }
            return path;
        }

        /** Old addresses that belong to no page (an old feed, a label page), each sent to a new one. */
        private Map<String, String> redirects(Value.Mapping map) {
            Map<String, String> redirects = new java.util.TreeMap<>();
            map.entries().forEach((from, value) -> {
                Optional<String> to = fields.text(map, from);
                if (!kist.content.UrlPaths.isSafe(from)) {
                    fields.error(value, "redirect from '" + from + "' is not a path inside the site",
                            "write old addresses as paths from the site root: \"/feeds/posts/default\": /feed.xml");
                } else if (to.isPresent() && !to.get().startsWith("https://") && !to.get().startsWith("http://")
                        && !kist.content.UrlPaths.isSafe(to.get())) {
                    fields.error(value, "redirect target '" + to.get() + "' is neither a path of the site nor an http(s) address",
                            "for example: /feed.xml");
                } else {
                    to.ifPresent(target -> redirects.put(from, target));
                }
            });
            return redirects;
        }

        private List<SiteConfig.MenuEntry> menu() {
            Value value = root.entries().get("menu");
            if (value == null || value instanceof Value.Null) {
                return List.of();
            }
            if (!(value instanceof Value.Sequence sequence)) {
                fields.error(value, "menu must be a list", "menu:\n  - title: Over mij\n    url: /over-mij/");
                return List.of();
            }
            List<SiteConfig.MenuEntry> entries = new ArrayList<>();
            for (Value item : sequence.items()) {
                if (item instanceof Value.Mapping entry && fields.text(entry, "title").isPresent() && fields.text(entry, "url").isPresent()) {
                    entries.add(new SiteConfig.MenuEntry(fields.text(entry, "title").get(), fields.text(entry, "url").get()));
                } else {
                    fields.error(item, "every menu entry needs a title and a url", "- title: Over mij\n    url: /over-mij/");
                }
            }
            return entries;
        }

        private String permalink(Value.Mapping map, String key, String fallback) {
            Optional<String> pattern = fields.text(map, key);
            if (pattern.isEmpty()) {
                return fallback;
            }
            String p = pattern.get();
            List<String> unknown = new ArrayList<>();
            java.util.regex.Matcher tokens = java.util.regex.Pattern.compile(":[a-z]+").matcher(p);
            while (tokens.find()) {
                if (!PERMALINK_TOKENS.contains(tokens.group())) {
                    unknown.add(tokens.group());
                }
            }
            boolean safe = p.startsWith("/") && !p.contains("..") && !p.contains("\\") && !p.contains("//")
                    && (p.endsWith("/") || p.endsWith(".html")) && p.contains(":slug");
            if (!unknown.isEmpty() || !safe) {
                fields.error(map.entries().get(key), "permalink '" + p + "' is not valid"
                                + (unknown.isEmpty() ? "" : ": unknown " + String.join(", ", unknown)),
                        "use :year, :month, :day and :slug, start with '/' and end with '/' or '.html', e.g. /:year/:month/:slug/");
                return fallback;
            }
            return p;
        }
    }
}
