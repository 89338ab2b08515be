package kist.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import kist.cache.Fingerprints;
import kist.cache.Reuse;
import kist.cache.Same;
import kist.config.SiteConfig;
import kist.content.FrontMatter;
import kist.content.Page;
import kist.content.Taxonomies;
import kist.content.Term;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.graph.Backlink;
import kist.graph.KnowledgeMaps;
import kist.graph.Related;
import kist.graph.Series;
import kist.graph.SiteGraph;
import kist.output.OutputFile;
import kist.output.OutputMemo;

/**
 * Turns rendered pages into the site's HTML files through the theme's templates: a page per post
 * and standalone page, term pages and taxonomy indexes, series pages, the paginated home page and
 * the 404 page. Each output is a function of the view model it is rendered from.
 */
public final class SiteRenderer {
    private static final int WORDS_PER_MINUTE = 200;

    private final SiteConfig config;
    private final Theme theme;
    private final Site site;
    private final Taxonomies taxonomies;
    private final SiteGraph graph;
    private final Sharing sharing;
    private final Reuse reuse;
    private final Optional<OutputMemo> written;

    /**
     * @param reuse   the files of the previous build whose view models and theme are the same (kist serve)
     * @param written what the previous build wrote into the site folder, to take over the pages it would render the same
     */
    public SiteRenderer(SiteConfig config, Theme theme, List<Page> posts, Taxonomies taxonomies, SiteGraph graph, Reuse reuse,
                        Optional<OutputMemo> written) {
        this.config = reuse.canonical("config", config);
        this.reuse = reuse;
        this.written = written;
        this.theme = theme;
        this.taxonomies = taxonomies;
        this.graph = graph;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Page post : posts) {
            if (post.frontMatter().date().isPresent()) {
                int year = post.frontMatter().date().get().day().getYear();
                first = Math.min(first, year);
                last = Math.max(last, year);
            }
        }
        Optional<Integer> firstYear = first <= last ? Optional.of(first) : Optional.empty();
        Optional<Integer> lastYear = first <= last ? Optional.of(last) : Optional.empty();
        this.site = reuse.canonical("site", new Site(config.title(), config.description(), config.language(), config.baseUrl().toString(),
                config.rootPath(), config.author(), config.menu(), theme.strings(), config.params(), firstYear, lastYear,
                config.outputs().search() ? config.search().path() : ""));
        this.sharing = new Sharing(config, site);
    }

    /**
     * All HTML outputs.
     *
     * @param posts            newest first
     * @param descriptionsByUrl rendered description pages of techniques, by their term's URL
     */
    public Outcome<List<OutputFile>> render(List<RenderedPage> posts, List<RenderedPage> pages,
                                            Map<String, RenderedPage> descriptionsByUrl) {
        Map<Term, TermLink> termLinks = new java.util.IdentityHashMap<>();
        taxonomies.terms().values().forEach(terms -> terms.forEach(term -> termLinks.put(term,
                reuse.canonical("term link", term.taxonomy() + " " + term.key(), new TermLink(term.name(), term.url())))));
        // each post's summary and page on its own: in parallel, in the posts' order; one list while
        // every summary is the same (a save that changes none, as most do)
        List<PostSummary> newestFirst = reuse.canonical("summaries", reuse.each("summary", posts, post -> post.page().url(),
                post -> new SummarySources(post.page().document(), post.page().url(), post.markdown(),
                        links(taxonomies.termsOf(post.page(), "techniques"), termLinks),
                        links(taxonomies.termsOf(post.page(), "tags"), termLinks)), SiteRenderer::summary));
        // each post's place in the lists by URL (its summary's path), for its summary and its rendering (feeds), and
        // its related posts as summaries: kept while the summaries and the related lists are the same objects
        Map<String, Integer> placeOf = reuse.get("places of posts", new Same<>(newestFirst), same -> placesOf(same.value()));
        Function<String, PostSummary> summaries = url -> newestFirst.get(placeOf.get(url));
        List<List<PostSummary>> relatedSummaries = reuse.get("related summaries",
                new RelatedSummaries(new Same<>(newestFirst), new Same<>(graph.related())), unused -> posts.parallelStream()
                        .map(post -> graph.relatedTo(post.page()).stream().map(Related::url).map(summaries).toList()).toList());
        // by the posts' places, newest first: a post's page shows its neighbours
        List<Job> jobs = new ArrayList<>(reuse.each("post page", java.util.stream.IntStream.range(0, posts.size()).boxed().toList(),
                i -> posts.get(i).page().url(), i -> {
                    RenderedPage post = posts.get(i);
                    Page page = post.page();
                    Optional<PostSummary> newer = i > 0 ? Optional.of(newestFirst.get(i - 1)) : Optional.empty();
                    Optional<PostSummary> older = i + 1 < posts.size() ? Optional.of(newestFirst.get(i + 1)) : Optional.empty();
                    return new PostSources(site, config, page.document(), page.url(), page.outputPath(), post.markdown(),
                            post.text(), newestFirst.get(i), newer, older, relatedSummaries.get(i),
                            graph.backlinksOf(page.url()), graph.seriesOf(page).map(series -> seriesBox(series, page)));
                }, (i, sources) -> new Job(posts.get(i).page().outputPath(), posts.get(i).page().sourcePath(), "post.jte",
                        postPage(posts.get(i), sources))));
        for (RenderedPage page : pages) {
            jobs.add(new Job(page.page().outputPath(), page.page().sourcePath(), "page.jte", standalonePage(page)));
        }
        // the home pages (a thousand at 10 000 posts) are made of the summaries and the site: kept whole while those are
        jobs.addAll(reuse.get("home pages", new HomeSources(config, site, new Same<>(newestFirst)), unused ->
                paginated("/", newestFirst, "home page", (slice, pagination) -> {
                    String title = pagination.number() == 1 ? config.title()
                            : site.t("pagination.page", pagination.number(), pagination.count()) + " – " + config.title();
                    Head head = new Head(title, config.description(), pagination.path(), pagination.number() == 1,
                            pagination.number() == 1 ? sharing.website() : Head.Sharing.WEBSITE);
                    return new Job(pagination.outputPath(), "home page", "list.jte",
                            new ListPage(site, head, config.title(), slice, pagination));
                })));
        // the maps are made of titles, terms (one object while they stay the same) and links
        KnowledgeMaps maps = reuse.get("knowledge maps", new MapSources(titled(posts), titled(pages), new Same<>(taxonomies),
                new Same<>(graph.backlinks())), unused -> KnowledgeMaps.of(posts.stream().map(RenderedPage::page).toList(),
                pages.stream().map(RenderedPage::page).toList(), taxonomies, graph.backlinks()));
        Map<String, GraphFigure> neighbourhoods = config.outputs().graph()
                ? GraphFigures.neighbourhoods(maps, taxonomies, site, config.locale(), reuse) : Map.of();
        for (SiteConfig.Taxonomy taxonomy : config.taxonomies()) {
            // a taxonomy's pages are made of its terms, the summaries, backlinks, description pages and maps, and the site
            jobs.addAll(reuse.get("term pages", taxonomy.key(), new TermPagesSources(config, site, taxonomy, new Same<>(taxonomies),
                    new Same<>(newestFirst), new Same<>(graph.backlinks()), descriptionsByUrl, neighbourhoods),
                    unused -> taxonomyJobs(taxonomy, summaries, descriptionsByUrl, neighbourhoods)));
        }
        if (config.outputs().graph()) {
            GraphPage map = GraphFigures.sitePage(maps, site, config.locale(), config.graphPath(), reuse);
            jobs.add(new Job(config.graphPath().substring(1) + "index.html", "graph page", "graph.jte", map));
        }
        for (Series series : graph.series()) {
            List<PostSummary> parts = series.parts().stream().map(part -> summaries.apply(part.url())).toList();
            Head head = new Head(series.name(), site.t("series.description", series.name(), parts.size()), series.url(), false);
            jobs.add(new Job(series.url().substring(1) + "index.html", "series " + series.name(), "series.jte",
                    new SeriesPage(site, head, series.name(), parts)));
        }
        if (config.outputs().archive()) {
            // made of the summaries (one object each while a post stays the same) and the site
            jobs.add(reuse.get("archive", new ArchiveSources(site, config.locale(), config.archivePath(), newestFirst),
                    SiteRenderer::archive));
        }
        // the redirects are made of every page's aliases, kept while no alias, URL or setting changed
        Redirected redirected = reuse.get("redirects", new RedirectSources(site, config.redirects(), java.util.stream.Stream
                .concat(posts.stream(), pages.stream()).map(RenderedPage::page).filter(page -> !page.frontMatter().aliases().isEmpty())
                .map(Redirects.Aliases::of).toList()), SiteRenderer::redirected);
        jobs.addAll(redirected.jobs());
        if (config.outputs().search()) {
            jobs.add(new Job(SearchPage.outputPath(config), "search page", "search.jte", SearchPage.of(site, config, newestFirst)));
        }
        jobs.add(new Job("404.html", "404 page", "404.jte",
                new NotFoundPage(site, new Head(site.t("notFound.title"), config.description(), "/404.html", false))));
        // the feeds and the sitemap are made of the posts and the view models, not of the HTML: on another core meanwhile
        Function<String, RenderedPage> postByUrl = url -> posts.get(placeOf.get(url));
        CompletableFuture<List<OutputFile>> feedsAndSitemap = CompletableFuture.supplyAsync(() ->
                feedsAndSitemap(jobs, posts, postByUrl, pages));
        Outcome<List<OutputFile>> html = run(jobs);
        List<OutputFile> others = feedsAndSitemap.join();
        return html.value().map(files -> {
            List<OutputFile> all = new ArrayList<>(files);
            all.add(redirected.file());
            all.addAll(others);
            return Outcome.of(all, html.diagnostics());
        }).orElse(html);
    }

    private record HomeSources(SiteConfig config, Site site, Same<List<PostSummary>> summaries) {
    }

    /**
     * What a taxonomy's pages are made of. A description page's front matter reaches them through the
     * terms, which are made again when it changes ({@code Page} compares by URL and file only).
     */
    private record TermPagesSources(SiteConfig config, Site site, SiteConfig.Taxonomy taxonomy, Same<Taxonomies> taxonomies,
                                    Same<List<PostSummary>> summaries, Same<Map<String, List<Backlink>>> backlinks,
                                    Map<String, RenderedPage> descriptions, Map<String, GraphFigure> neighbourhoods) {
    }

    private record RelatedSummaries(Same<List<PostSummary>> summaries, Same<Map<String, List<Related>>> related) {
    }

    private static Map<String, Integer> placesOf(List<PostSummary> newestFirst) {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            places.put(newestFirst.get(i).path(), i);
        }
        return Map.copyOf(places);
    }

    private record RedirectSources(Site site, Map<String, String> configured, List<Redirects.Aliases> pages) {
    }

    /** A page at each old address that can hold one, and the {@code _redirects} file. */
    private record Redirected(List<Job> jobs, OutputFile file) {
    }

    private static Redirected redirected(RedirectSources sources) {
        Site site = sources.site();
        List<Redirects.Redirect> redirects = Redirects.of(sources.configured(), sources.pages());
        List<Job> jobs = new ArrayList<>();
        for (Redirects.Redirect redirect : redirects) {
            redirect.pagePath().ifPresent(path -> jobs.add(new Job(path, redirect.origin() + " (alias " + redirect.from() + ")",
                    "redirect.jte", redirect.isExternal() ? new RedirectPage(site, redirect.to(), redirect.to())
                            : new RedirectPage(site, site.link(redirect.to()), site.absoluteUrl(redirect.to())))));
        }
        return new Redirected(jobs, new OutputFile.Generated(Redirects.FILE, Redirects.file(redirects, site), "redirects"));
    }

    private record Titled(String url, String title) {
    }

    private record MapSources(List<Titled> posts, List<Titled> pages, Same<Taxonomies> taxonomies,
                              Same<Map<String, List<Backlink>>> links) {
    }

    private static List<Titled> titled(List<RenderedPage> pages) {
        return pages.stream().map(page -> new Titled(page.page().url(), page.page().title())).toList();
    }

    /** Feeds and the sitemap, made from the same posts and view models as the pages. */
    private List<OutputFile> feedsAndSitemap(List<Job> jobs, List<RenderedPage> posts, Function<String, RenderedPage> postByUrl,
                                             List<RenderedPage> pages) {
        List<OutputFile> files = new ArrayList<>(Feeds.files(config, site,
                posts.stream().map(RenderedPage::page).limit(Feeds.LATEST).toList(), postByUrl, taxonomies, reuse));
        if (config.outputs().sitemap()) {
            List<Page> dated = java.util.stream.Stream.concat(posts.stream(), pages.stream()).parallel().map(RenderedPage::page).toList();
            files.addAll(SitemapPages.files(site, config, reuse, jobs.parallelStream()
                    .map(job -> new SitemapPages.Rendered(job.outputPath(), job.model())).toList(), dated, taxonomies));
        }
        return files;
    }

    private record ArchiveSources(Site site, java.util.Locale locale, String path, List<PostSummary> newestFirst) {
    }

    /** Every post by year and month, with counts: Blogger's "Blogarchief". */
    private static Job archive(ArchiveSources sources) {
        Site site = sources.site();
        List<PostSummary> newestFirst = sources.newestFirst();
        java.util.Locale locale = sources.locale();
        Map<Integer, Map<Integer, List<PostSummary>>> byYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (PostSummary post : newestFirst) {
            byYear.computeIfAbsent(post.day().getYear(), y -> new java.util.TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(post.day().getMonthValue(), m -> new ArrayList<>()).add(post);
        }
        List<ArchivePage.Year> years = new ArrayList<>();
        byYear.forEach((year, months) -> {
            List<ArchivePage.Month> monthList = new ArrayList<>();
            months.forEach((month, list) -> {
                String name = site.monthName(month);
                String capitalised = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
                monthList.add(new ArchivePage.Month(String.format(java.util.Locale.ROOT, "%04d-%02d", year, month),
                        capitalised + " " + year, list.size(), list));
            });
            years.add(new ArchivePage.Year(year, monthList.stream().mapToInt(ArchivePage.Month::count).sum(), monthList));
        });
        String title = site.t("archive.title");
        Head head = new Head(title, site.t("taxonomy.description", title.toLowerCase(locale)), sources.path(), false);
        return new Job(sources.path().substring(1) + "index.html", "archive", "archive.jte",
                new ArchivePage(site, head, title, newestFirst.size(), years));
    }

    private Outcome<List<OutputFile>> run(List<Job> jobs) {
        // the site and the posts' summaries are in thousands of pages' view models
        Fingerprints fingerprints = new Fingerprints(java.util.Set.of(Site.class, PostSummary.class));
        List<Outcome<OutputFile>> rendered = reuse.each("page", jobs, Job::outputPath, job -> new Made(theme, job),
                (job, made) -> written.flatMap(memo -> fingerprints.of(theme.templatesFingerprint(), job.template(), job.model())
                                .flatMap(fingerprint -> memo.takeOver(job.outputPath(), fingerprint)))
                        .map(file -> Outcome.<OutputFile>of(new OutputFile.Copied(job.outputPath(), file, job.origin()), List.of()))
                        .orElseGet(() -> render(job)));
        List<Diagnostic> problems = new ArrayList<>();
        List<OutputFile> files = new ArrayList<>();
        for (Outcome<OutputFile> outcome : rendered) {
            problems.addAll(outcome.diagnostics());
            outcome.value().ifPresent(files::add);
        }
        // one broken template fails every page alike: say it once
        List<Diagnostic> distinct = problems.stream().distinct().toList();
        return distinct.stream().anyMatch(Diagnostic::isError) ? Outcome.failed(distinct) : Outcome.of(files, distinct);
    }

    private record Job(String outputPath, String origin, String template, Object model) {
    }

    /** What a file is made from: the theme (by identity: a changed template is a new theme) and the job. */
    private record Made(Theme theme, Job job) {
    }

    private Outcome<OutputFile> render(Job job) {
        Outcome<byte[]> html = theme.render(job.template(), job.model());
        return html.value()
                .map(bytes -> Outcome.<OutputFile>of(new OutputFile.Generated(job.outputPath(), bytes, job.origin()), html.diagnostics()))
                .orElseGet(() -> Outcome.failed(html.diagnostics()));
    }

    /** Slices a list into pages at {@code base}, {@code base}page/2/, ...; one page even when empty. */
    private List<Job> paginated(String base, List<PostSummary> posts, String origin,
                                java.util.function.BiFunction<List<PostSummary>, Pagination, Job> job) {
        int perPage = config.paginate();
        int count = Math.max(1, (posts.size() + perPage - 1) / perPage);
        Function<Integer, String> pathOf = number -> number == 1 ? base : base + "page/" + number + "/";
        List<Job> jobs = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            List<PostSummary> slice = posts.subList((number - 1) * perPage, Math.min(number * perPage, posts.size()));
            Pagination pagination = new Pagination(number, count, pathOf.apply(number),
                    number > 1 ? Optional.of(pathOf.apply(number - 1)) : Optional.empty(),
                    number < count ? Optional.of(pathOf.apply(number + 1)) : Optional.empty());
            jobs.add(job.apply(slice, pagination));
        }
        return jobs;
    }

    private List<Job> taxonomyJobs(SiteConfig.Taxonomy taxonomy, Function<String, PostSummary> summaries,
                                   Map<String, RenderedPage> descriptionsByUrl, Map<String, GraphFigure> neighbourhoods) {
        String name = taxonomy.name().orElseGet(() -> site.t("taxonomy." + taxonomy.key()));
        List<Term> terms = taxonomies.terms(taxonomy.key());
        List<Job> jobs = new ArrayList<>(terms.parallelStream().flatMap(term -> {
            List<PostSummary> posts = term.posts().stream().map(post -> summaries.apply(post.url())).toList();
            Optional<RenderedPage> description = Optional.ofNullable(descriptionsByUrl.get(term.url()));
            Html body = description.map(d -> new Html(d.markdown().htmlBytes())).orElse(Html.EMPTY);
            String summary = description.map(SiteRenderer::description)
                    .orElseGet(() -> site.t("term.description", term.name(), posts.size()));
            List<BacklinkView> backlinks = backlinks(term.url());
            List<FeedLink> feeds = taxonomy.key().equals(kist.content.TermIndexer.TECHNIQUES) && Feeds.available(site.baseUrl())
                    ? List.of(new FeedLink(Feeds.termFeedTitle(term, config.title()), Feeds.termFeedPath(term))) : List.of();
            return paginated(term.url(), posts, "term " + term.name(), (slice, pagination) -> {
                String title = pagination.number() == 1 ? term.title()
                        : term.title() + " – " + site.t("pagination.page", pagination.number(), pagination.count());
                Head head = new Head(title, summary, pagination.path(), false, taxonomy.key().equals("techniques")
                        ? sharing.definedTerm(term.title(), summary, term.url(), name, taxonomy.path()) : Head.Sharing.WEBSITE,
                        feeds);
                return new Job(pagination.outputPath(), description.map(d -> d.page().sourcePath()).orElse("term " + term.name()),
                        "term.jte", new TermPage(site, head, name, taxonomy.path(), term.title(), body, posts.size(), slice,
                        pagination, pagination.number() == 1 ? backlinks : List.of(),
                        Optional.ofNullable(neighbourhoods.get(term.url())).filter(graph -> pagination.number() == 1)));
            }).stream();
        }).toList());
        jobs.add(new Job(taxonomy.path().substring(1) + "index.html", taxonomy.key() + " index", "taxonomy.jte",
                new TaxonomyPage(site, new Head(name, site.t("taxonomy.description", name), taxonomy.path(), false),
                        name, termCounts(terms))));
        return jobs;
    }

    /** Sorted as the site's language sorts (Käser beside kaas, not after zwaluw), sized by use. */
    private List<TaxonomyPage.TermCount> termCounts(List<Term> terms) {
        Collator collator = Collator.getInstance(config.locale());
        collator.setStrength(Collator.SECONDARY);
        int max = terms.stream().mapToInt(t -> t.posts().size()).max().orElse(0);
        int min = terms.stream().mapToInt(t -> t.posts().size()).min().orElse(0);
        return terms.stream()
                .sorted(Comparator.comparing(Term::name, collator::compare).thenComparing(Term::name))
                .map(term -> new TaxonomyPage.TermCount(term.name(), term.url(), term.posts().size(),
                        size(term.posts().size(), min, max)))
                .toList();
    }

    static int size(int count, int min, int max) {
        if (max <= min || count <= 0) {
            return 3;
        }
        double share = (Math.log(count) - Math.log(Math.max(min, 1))) / (Math.log(max) - Math.log(Math.max(min, 1)));
        return 1 + (int) Math.round(4 * Math.max(0, share));
    }

    /**
     * Everything a post's page is made from. A long-lived builder keeps the page's view model while
     * these stay the same; most are the very objects of the previous build (the site, the
     * document, the rendering, summaries, the graph's lists), so comparing them is quick.
     */
    private record PostSources(Site site, SiteConfig config, kist.content.Document document, String url, String outputPath,
                               kist.markdown.RenderedMarkdown markdown, TextFacts text, PostSummary summary,
                               Optional<PostSummary> newer, Optional<PostSummary> older, List<PostSummary> related,
                               List<Backlink> backlinks, Optional<SeriesBox> series) {
    }

    private PostPage postPage(RenderedPage rendered, PostSources sources) {
        Page page = rendered.page();
        FrontMatter fm = page.frontMatter();
        int words = rendered.text().words();
        PostSummary summary = sources.summary();
        Head head = new Head(fm.title(), description(rendered), page.url(), false,
                sharing.post(page, description(rendered), summary.techniques(), summary.tags()));
        return new PostPage(site, head, summary, fm.updated().map(FrontMatter.PublishDate::day),
                new Html(rendered.markdown().htmlBytes()), new Html(rendered.markdown().tocHtml()),
                words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), sources.newer(), sources.older(),
                sources.series(), sources.backlinks().stream().map(SiteRenderer::view).toList(), sources.related(), fm.extra());
    }

    private SeriesBox seriesBox(Series series, Page current) {
        List<SeriesBox.Part> parts = series.parts().stream()
                .map(part -> new SeriesBox.Part(part.title(), part.url(), part.equals(current))).toList();
        int position = series.positionOf(current);
        return new SeriesBox(series.name(), series.url(), position, parts.size(), parts,
                position > 1 ? Optional.of(parts.get(position - 2)) : Optional.empty(),
                position < parts.size() ? Optional.of(parts.get(position)) : Optional.empty());
    }

    private List<BacklinkView> backlinks(String url) {
        return graph.backlinksOf(url).stream().map(SiteRenderer::view).toList();
    }

    private static BacklinkView view(Backlink backlink) {
        return new BacklinkView(backlink.title(), backlink.sourceUrl(), backlink.context());
    }

    private StandalonePage standalonePage(RenderedPage rendered) {
        FrontMatter fm = rendered.page().frontMatter();
        Head head = new Head(fm.title(), description(rendered), rendered.page().url(), false);
        return new StandalonePage(site, head, fm.title(), new Html(rendered.markdown().htmlBytes()),
                new Html(rendered.markdown().tocHtml()), backlinks(rendered.page().url()), fm.extra());
    }

    /** What a post's summary in lists is made from: its document, address, rendering and the links to its terms. */
    private record SummarySources(kist.content.Document document, String url, kist.markdown.RenderedMarkdown markdown,
                                  List<TermLink> techniques, List<TermLink> tags) {
    }

    private static PostSummary summary(RenderedPage rendered, SummarySources sources) {
        Page page = rendered.page();
        FrontMatter fm = page.frontMatter();
        Html summary = fm.summary().map(Html::paragraph).orElseGet(() -> new Html(rendered.markdown().summaryHtml()));
        boolean hasMore = rendered.markdown().summaryFromMoreMarker()
                || !rendered.markdown().htmlBytes().sameStripped(rendered.markdown().summaryHtml());
        return new PostSummary(fm.title(), page.url(), page.day().orElseThrow(), summary, hasMore,
                sources.techniques(), sources.tags(), fm.image());
    }

    private static List<TermLink> links(List<Term> terms, Map<Term, TermLink> termLinks) {
        return terms.stream().map(termLinks::get).toList();
    }

    /** The page's description for search engines: its summary as plain text. */
    private static String description(RenderedPage rendered) {
        return rendered.page().frontMatter().summary()
                .orElseGet(() -> rendered.markdown().summaryText());
    }


}
