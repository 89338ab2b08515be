package kist.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import kist.content.FrontMatter;
import kist.cache.Reuse;
import kist.cache.Same;
import kist.content.Page;
import kist.content.Slugs;
import kist.content.Taxonomies;
import kist.content.Term;
import kist.content.TermIndexer;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;
import kist.markdown.OutgoingLink;

/** Builds the {@link SiteGraph}: the inversion of links, related posts, series. */
public final class SiteGraphBuilder {
    public static final String SERIES_PATH = "/series/";

    private SiteGraphBuilder() {
    }

    /**
     * What the graph is made from: one entry per rendered page (posts, pages, description pages),
     * with the links its text makes and the keywords of its text.
     */
    public record PageFacts(Page page, List<OutgoingLink> links, List<String> keywords) {
    }

    /**
     * @param posts newest first
     * @param reuse the related posts of the previous build when their inputs are the same
     */
    public static Outcome<SiteGraph> build(List<Page> posts, Taxonomies taxonomies, List<PageFacts> pages, Reuse reuse) {
        List<Diagnostic> problems = new ArrayList<>();
        List<LinkingPage> linking = pages.parallelStream().map(facts -> new LinkingPage(facts.page().url(), facts.page().title(),
                facts.page().frontMatter().date(), facts.links())).toList();
        // immutable when made, so that the graph holds these very maps and hands on one object from build to build;
        // made on another core while this one makes the related posts, which do not need them
        CompletableFuture<Map<String, List<Backlink>>> backlinks = CompletableFuture.supplyAsync(
                () -> reuse.get("backlinks", linking, in -> Map.copyOf(backlinks(in))));
        Map<String, PageFacts> factsByUrl = new HashMap<>();
        pages.forEach(facts -> factsByUrl.put(facts.page().url(), facts));
        // one object per post from build to build while its sources stay the same: the list compares at once
        List<RelatedInput> inputs = reuse.each("related input", posts, Page::url, post -> {
            PageFacts facts = factsByUrl.get(post.url());
            return new RelatedSources(post.url(), post.frontMatter().date(), taxonomies.termsOf(post, TermIndexer.TECHNIQUES),
                    facts == null ? List.of() : facts.links(), facts == null ? List.of() : facts.keywords());
        }, (post, sources) -> relatedInput(sources));
        // after a change, only the lists it can touch are made again, from the index patched for the changed posts
        RelatedPosts.Lists lists = reuse.get("related posts", inputs, in -> RelatedPosts.lists(in, RelatedPosts.DEFAULT_LIMIT),
                (before, made, now) -> RelatedPosts.update(made, now, RelatedPosts.DEFAULT_LIMIT));
        // immutable when made, as the backlinks: one map while the lists are the same
        Map<String, List<Related>> related = reuse.get("related posts by url", new Same<>(lists),
                same -> Map.copyOf(same.value().byUrl()));
        List<Series> series = series(posts, problems);
        Map<String, Series> seriesByPost = new HashMap<>();
        series.forEach(s -> s.parts().forEach(part -> seriesByPost.put(part.url(), s)));
        return Outcome.of(new SiteGraph(backlinks.join(), related, series, seriesByPost), problems);
    }

    /** What a post's {@link RelatedInput} is made from ({@code Term}s compare by key, all scoring uses). */
    private record RelatedSources(String url, Optional<FrontMatter.PublishDate> date, List<Term> techniques,
                                  List<OutgoingLink> links, List<String> keywords) {
    }

    private static RelatedInput relatedInput(RelatedSources sources) {
        Set<String> techniques = new LinkedHashSet<>();
        sources.techniques().forEach(term -> techniques.add(term.key()));
        Set<String> links = new LinkedHashSet<>();
        sources.links().forEach(link -> links.add(link.targetUrl()));
        return new RelatedInput(sources.url(), sources.date().map(FrontMatter.PublishDate::instant).orElse(Instant.EPOCH),
                techniques, links, new LinkedHashSet<>(sources.keywords()));
    }

    /** A page as its backlinks show it: where it is, its title, its date, and the links its text makes. */
    record LinkingPage(String url, String title, Optional<FrontMatter.PublishDate> date, List<OutgoingLink> links) {
    }

    /** Every target's linking pages, once each, with the first sentence that links; newest posts first. */
    static Map<String, List<Backlink>> backlinks(List<LinkingPage> pages) {
        Map<String, Map<String, Backlink>> byTarget = new HashMap<>();
        Map<String, Instant> published = new HashMap<>();
        for (LinkingPage page : pages) {
            published.put(page.url(), page.date().map(FrontMatter.PublishDate::instant).orElse(Instant.EPOCH));
            for (OutgoingLink link : page.links()) {
                byTarget.computeIfAbsent(link.targetUrl(), url -> new HashMap<>())
                        .putIfAbsent(page.url(), new Backlink(page.url(), page.title(), link.context()));
            }
        }
        Comparator<Backlink> newestFirst = Comparator
                .comparing((Backlink b) -> published.get(b.sourceUrl()), Comparator.reverseOrder())
                .thenComparing(Backlink::sourceUrl);
        Map<String, List<Backlink>> sorted = new TreeMap<>();
        byTarget.forEach((target, links) -> sorted.put(target, links.values().stream().sorted(newestFirst).toList()));
        return sorted;
    }

    static List<Series> series(List<Page> posts, List<Diagnostic> problems) {
        Map<String, List<Page>> byKey = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        List<Page> oldestFirst = new ArrayList<>(posts);
        java.util.Collections.reverse(oldestFirst);
        for (Page post : oldestFirst) {
            post.frontMatter().series().filter(name -> !name.isBlank()).ifPresent(name -> {
                String key = Slugs.fold(name.strip());
                names.putIfAbsent(key, name.strip());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(post);
            });
        }
        List<Series> series = new ArrayList<>();
        Map<String, String> slugs = new LinkedHashMap<>();
        for (Map.Entry<String, List<Page>> entry : byKey.entrySet()) {
            String name = names.get(entry.getKey());
            List<Page> parts = entry.getValue().stream().sorted(Comparator
                    .comparingInt((Page p) -> p.frontMatter().seriesOrder().orElse(Integer.MAX_VALUE))
                    .thenComparing(p -> p.frontMatter().date().map(FrontMatter.PublishDate::instant).orElse(Instant.EPOCH))
                    .thenComparing(Page::url)).toList();
            warnAboutSharedOrder(name, parts, problems);
            String base = Slugs.slugifyOrFallback(name, "series-", entry.getKey());
            String slug = base;
            for (int n = 2; slugs.containsKey(slug); n++) {
                slug = base + "-" + n;
            }
            slugs.put(slug, name);
            series.add(new Series(name, slug, SERIES_PATH + slug + "/", parts));
        }
        return series;
    }

    private static void warnAboutSharedOrder(String name, List<Page> parts, List<Diagnostic> problems) {
        Map<Integer, Page> byOrder = new HashMap<>();
        for (Page part : parts) {
            part.frontMatter().seriesOrder().ifPresent(order -> {
                Page other = byOrder.putIfAbsent(order, part);
                if (other != null) {
                    Position at = part.frontMatter().positionOf("seriesOrder");
                    problems.add(Diagnostic.warning(part.sourcePath(), at.line(), at.column(),
                            "seriesOrder " + order + " of '" + name + "' is also the order of " + other.sourcePath(),
                            "give every part of a series its own number"));
                }
            });
        }
    }
}
