package kist.render;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import kist.cache.Reuse;
import kist.cache.Same;
import kist.config.SiteConfig;
import kist.content.FrontMatter;
import kist.content.Page;
import kist.content.Taxonomies;
import kist.content.Term;
import kist.content.TermIndexer;
import kist.output.AtomFeed;
import kist.output.OutputFile;

/**
 * The site's Atom feed ({@code /feed.xml}, the latest posts in full) and one per technique
 * ({@code /technieken/anker/feed.xml}). Every date comes from the posts, never from the clock.
 */
final class Feeds {
    static final String SITE_FEED = "/feed.xml";
    static final int LATEST = 20;
    /** The {@code updated} of a feed without posts: it must have one, and the clock may not give it. */
    private static final OffsetDateTime NO_POSTS = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String[] URL_ATTRIBUTES = {"href", "src", "poster", "cite"};

    private final SiteConfig config;
    private final Site site;
    private final Taxonomies taxonomies;
    private final Function<String, RenderedPage> postByUrl;
    private final Map<String, AtomFeed.Entry> entries = new HashMap<>();
    private final Reuse reuse;

    private Feeds(SiteConfig config, Site site, Taxonomies taxonomies, Function<String, RenderedPage> postByUrl, Reuse reuse) {
        this.config = config;
        this.site = site;
        this.taxonomies = taxonomies;
        this.postByUrl = postByUrl;
        this.reuse = reuse;
    }

    /**
     * Feeds need absolute addresses (their ids and links); a site whose baseUrl is a bare path
     * ("/", the default) has none to give, so it gets no feeds.
     */
    static boolean available(String baseUrl) {
        return baseUrl.startsWith("https://") || baseUrl.startsWith("http://");
    }

    static String termFeedPath(Term term) {
        return term.url() + "feed.xml";
    }

    static String termFeedTitle(Term term, String siteTitle) {
        return term.title() + " – " + siteTitle;
    }

    /**
     * The moment a page last changed: {@code updated}, else {@code date}; a plain day counts from
     * midnight in the site's time zone.
     */
    static Optional<OffsetDateTime> lastChange(FrontMatter frontMatter) {
        return frontMatter.updated().or(frontMatter::date).map(FrontMatter.PublishDate::moment);
    }

    /**
     * @param latest    the newest posts of the site, newest first (the site feed's)
     * @param postByUrl a post's rendering, for the posts the feeds show
     * @param reuse     entries and feeds of the previous build, while what they are made of is the same
     */
    static List<OutputFile> files(SiteConfig config, Site site, List<Page> latest, Function<String, RenderedPage> postByUrl,
                                  Taxonomies taxonomies, Reuse reuse) {
        if (!available(config.baseUrl().toString())) {
            return List.of();
        }
        Feeds feeds = new Feeds(config, site, taxonomies, postByUrl, reuse);
        List<OutputFile> files = new ArrayList<>();
        files.add(feeds.file(SITE_FEED, config.title(), Optional.of(config.description()), "/", latest, "site feed"));
        for (Term term : taxonomies.terms(TermIndexer.TECHNIQUES)) {
            files.add(feeds.file(termFeedPath(term), termFeedTitle(term, config.title()),
                    term.description().flatMap(page -> page.frontMatter().summary()), term.url(), term.posts(),
                    "feed of technique " + term.name()));
        }
        return files;
    }

    private OutputFile file(String path, String title, Optional<String> subtitle, String pagePath, List<Page> posts,
                            String origin) {
        List<AtomFeed.Entry> latest = posts.stream().limit(LATEST).map(post -> entries.computeIfAbsent(post.url(),
                url -> entryOf(postByUrl.apply(url)))).toList();
        OffsetDateTime updated = latest.stream().map(AtomFeed.Entry::updated)
                .max(Comparator.comparing(OffsetDateTime::toInstant)).orElse(NO_POSTS);
        String self = site.absoluteUrl(path);
        AtomFeed feed = new AtomFeed(self, title, subtitle, updated, author(), config.language(), site.absoluteUrl(pagePath),
                self, latest);
        return reuse.get("feed", path, new Feed(feed, origin), same -> new OutputFile.Generated(path.substring(1),
                same.feed().xml(), same.origin()));
    }

    private record Feed(AtomFeed feed, String origin) {
    }

    /**
     * Everything a post's entry is made from: the site, the taxonomies' paths, the terms (one
     * object while they stay the same), its front matter, address and rendering.
     */
    private record EntrySources(Site site, List<SiteConfig.Taxonomy> taxonomyPaths, Same<Taxonomies> terms,
                                FrontMatter frontMatter, String url, kist.markdown.RenderedMarkdown markdown) {
    }

    private AtomFeed.Entry entryOf(RenderedPage post) {
        return reuse.get("feed entry", post.page().url(), new EntrySources(site, config.taxonomies(), new Same<>(taxonomies),
                post.page().frontMatter(), post.page().url(), post.markdown()), same -> entry(post));
    }

    private String author() {
        String name = config.author().name();
        return name.isBlank() ? config.title() : name;
    }

    private AtomFeed.Entry entry(RenderedPage post) {
        Page page = post.page();
        FrontMatter fm = page.frontMatter();
        String url = site.absoluteUrl(page.url());
        OffsetDateTime published = fm.date().orElseThrow().moment();
        String summary = fm.summary().orElseGet(() -> post.markdown().summaryText());
        List<AtomFeed.Category> categories = new ArrayList<>();
        for (SiteConfig.Taxonomy taxonomy : config.taxonomies()) {
            for (Term term : taxonomies.termsOf(page, taxonomy.key())) {
                categories.add(new AtomFeed.Category(term.slug(), site.absoluteUrl(taxonomy.path()), term.name()));
            }
        }
        return new AtomFeed.Entry(url, fm.title(), url, published, lastChange(fm).orElse(published),
                Optional.of(summary), absoluteLinks(post.markdown().html(), url), categories);
    }

    /**
     * A feed reader shows a post away from its page, so the links and pictures in it (foto.jpg
     * beside the post, /blog/2007/10/x/ in the site) are made absolute against the post's address,
     * and the heading anchors, which only make sense on the page, are left out.
     */
    static String absoluteLinks(String html, String postUrl) {
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html, postUrl);
        body.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        // the '#' beside each heading is for the page, where kist.css keeps it quiet; a reader would show it
        body.body().select("a.anchor[aria-hidden]").remove();
        for (String attribute : URL_ATTRIBUTES) {
            for (Element element : body.body().select("[" + attribute + "]")) {
                String absolute = element.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        return body.body().html();
    }
}
