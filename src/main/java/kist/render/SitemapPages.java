package kist.render;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kist.cache.Reuse;
import kist.cache.Same;
import kist.config.SiteConfig;
import kist.content.FrontMatter;
import kist.content.Page;
import kist.content.Taxonomies;
import kist.output.OutputFile;
import kist.output.Sitemap;

/**
 * The sitemap of the pages the theme renders, made from their view models: a post or page
 * changed when it says it did ({@code updated}, else {@code date}); a list changed when the
 * newest post it lists did. The 404 page and redirect pages are no pages to find; a page without
 * any date has no lastmod.
 */
final class SitemapPages {
    /** A rendered page: its output file and the view model it was made from. */
    record Rendered(String outputPath, Object model) {
    }

    /** A moment with its instant worked out once: lists compare many. */
    private record Change(OffsetDateTime moment, java.time.Instant instant) {
        static Change of(OffsetDateTime moment) {
            return new Change(moment, moment.toInstant());
        }
    }

    private static final Comparator<Change> LATER = Comparator.comparing(Change::instant)
            .thenComparing(change -> change.moment().toString());

    private final Map<String, Change> changedByUrl = new HashMap<>();
    private final Map<String, Change> termChangedByUrl = new HashMap<>();

    private SitemapPages(List<Page> pages, Taxonomies taxonomies) {
        for (Page page : pages) {
            Feeds.lastChange(page.frontMatter()).ifPresent(moment -> changedByUrl.put(page.url(), Change.of(moment)));
        }
        // a taxonomy index lists terms, each of which changed with its newest post
        taxonomies.terms().values().forEach(terms -> terms.forEach(term -> {
            Change newest = null;
            for (Page post : term.posts()) {
                newest = later(newest, changedByUrl.get(post.url()));
            }
            if (newest != null) {
                termChangedByUrl.put(term.url(), newest);
            }
        }));
    }

    /**
     * Everything the sitemap is made of, compared cheaply: the pages it lists, and the front matter
     * and terms their dates come from (which posts a list shows follows from these, the site and
     * its config). While a save changes none of them (a post's text, say), the sitemap stands.
     */
    private record Sources(Same<Site> site, Same<SiteConfig> config, List<String> listed, List<FrontMatter> dated,
                           Same<Taxonomies> taxonomies) {
    }

    /** {@code sitemap.xml}, when the site has an absolute baseUrl to give its pages' addresses. */
    static List<OutputFile> files(Site site, SiteConfig config, Reuse reuse, List<Rendered> rendered, List<Page> pages,
                                  Taxonomies taxonomies) {
        if (!Feeds.available(site.baseUrl())) {
            return List.of();
        }
        List<Rendered> listed = rendered.stream()
                .filter(page -> page.outputPath().endsWith(".html") && !(page.model() instanceof NotFoundPage)
                        && !(page.model() instanceof RedirectPage))
                .toList();
        List<String> paths = listed.stream().map(Rendered::outputPath).toList();
        Sources sources = new Sources(new Same<>(site), new Same<>(config), paths,
                pages.stream().map(Page::frontMatter).toList(), new Same<>(taxonomies));
        OutputFile sitemap = reuse.get("sitemap file", sources, unused -> sitemap(site, reuse, listed, paths, pages, taxonomies));
        return List.of(sitemap);
    }

    private static OutputFile sitemap(Site site, Reuse reuse, List<Rendered> listed, List<String> paths, List<Page> pages,
                                      Taxonomies taxonomies) {
        SitemapPages dates = new SitemapPages(pages, taxonomies);
        // by address: the base URL and then the path, so by path; the same paths keep their order
        int[] byAddress = reuse.get("sitemap order", paths,
                unused -> kist.content.Ordering.positions(paths, SitemapPages::urlPath, Comparator.naturalOrder()));
        List<Sitemap.Url> urls = new java.util.ArrayList<>(listed.size());
        for (int at : byAddress) {
            Rendered page = listed.get(at);
            // a post's view model kept from the previous build was made of the same dates (its document holds them); a
            // list's dates are its posts' and not in it (a list kept whole while its summaries are the same may list a
            // post whose updated date changed), so every other page's date is worked out again
            urls.add(page.model() instanceof PostPage ? reuse.get("sitemap", page.outputPath(), new Same<>(page.model()),
                    same -> url(site, page.outputPath(), dates.lastChange(same.value())))
                    : url(site, page.outputPath(), dates.lastChange(page.model())));
        }
        return reuse.get("sitemap", urls, in -> new OutputFile.Generated(Sitemap.PATH, new Sitemap(in).xml(), "sitemap"));
    }

    private static Sitemap.Url url(Site site, String outputPath, Optional<OffsetDateTime> lastChange) {
        return new Sitemap.Url(site.absoluteUrl(urlPath(outputPath)), lastChange);
    }

    /** "2007/10/x/index.html" is at "2007/10/x/", relative to the base URL. */
    private static String urlPath(String outputPath) {
        return outputPath.endsWith("index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath;
    }

    private Optional<OffsetDateTime> lastChange(Object model) {
        if (model instanceof PostPage post) {
            return Optional.ofNullable(changedByUrl.get(post.post().path())).map(Change::moment);
        } else if (model instanceof StandalonePage page) {
            return Optional.ofNullable(changedByUrl.get(page.head().path())).map(Change::moment);
        } else if (model instanceof ListPage list) {
            return newestPost(list.posts());
        } else if (model instanceof TermPage term) {
            return newestPost(term.posts());
        } else if (model instanceof SeriesPage series) {
            return newestPost(series.parts());
        } else if (model instanceof TaxonomyPage taxonomy) {
            Change newest = null;
            for (TaxonomyPage.TermCount term : taxonomy.terms()) {
                newest = later(newest, termChangedByUrl.get(term.path()));
            }
            return Optional.ofNullable(newest).map(Change::moment);
        }
        // a page kist does not know the making of: better no lastmod than a wrong one
        return Optional.empty();
    }

    private Optional<OffsetDateTime> newestPost(List<PostSummary> posts) {
        Change newest = null;
        for (PostSummary post : posts) {
            newest = later(newest, changedByUrl.get(post.path()));
        }
        return Optional.ofNullable(newest).map(Change::moment);
    }

    /** The later of two changes, either of which may be missing (null). */
    private static Change later(Change a, Change b) {
        return a == null ? b : b == null || LATER.compare(a, b) >= 0 ? a : b;
    }
}
