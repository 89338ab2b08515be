package kist.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kist.cache.Hashes;
import kist.cache.Reuse;
import kist.config.SiteConfig;
import kist.config.SiteConfigLoader;
import kist.content.AssetFile;
import kist.content.ContentPaths;
import kist.content.Document;
import kist.content.FrontMatterParser;
import kist.content.Page;
import kist.content.SiteIndex;
import kist.content.SiteIndexer;
import kist.content.Taxonomies;
import kist.content.TermIndexer;
import kist.graph.SiteGraph;
import kist.graph.SiteGraphBuilder;
import kist.markdown.Heading;
import kist.markdown.PageLinks;
import kist.markdown.ParsedMarkdown;
import kist.markdown.SiteLinks;
import kist.content.SourceFile;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.markdown.MarkdownOptions;
import kist.markdown.MarkdownRenderer;
import kist.markdown.RawHtml;
import kist.markdown.RenderedMarkdown;
import kist.output.OutputFile;
import kist.output.OutputMemo;
import kist.output.SearchIndex;
import kist.render.RenderedPage;
import kist.render.SiteRenderer;
import kist.render.TextFacts;
import kist.render.Theme;
import kist.render.ThemeLoader;

/**
 * One build, as a chain of stages over immutable values (PIPELINE.md):
 * sources → config → documents → site index → rendered pages → output files.
 * It reads nothing and writes nothing but the compiled-template cache; {@link SourceReader} and
 * {@link kist.output.SiteWriter} are the edges.
 */
public final class SiteBuilder {
    private final BuildOptions options;
    private final Optional<PageMemo> memo;
    private final Optional<RenderCache> live;
    private final Reuse reuse;
    private final Optional<OutputMemo> written;

    public SiteBuilder(BuildOptions options) {
        this(options, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A builder that takes over the renderings of unchanged pages from {@code memo} and adds its own to it. */
    public SiteBuilder(BuildOptions options, PageMemo memo) {
        this(options, Optional.of(memo), Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #SiteBuilder(BuildOptions, PageMemo)}, for a site to be written into {@code written}'s
     * folder: a page it would render as the previous build did is taken over from there (as an
     * {@link OutputFile.Copied} of the current site's file), and what it renders is noted in {@code written}.
     */
    public SiteBuilder(BuildOptions options, PageMemo memo, OutputMemo written) {
        this(options, Optional.of(memo), Optional.empty(), Optional.of(written));
    }

    /** A builder that lives on (kist serve): the memo, renderer, theme and live templates of {@code cache}. */
    public SiteBuilder(BuildOptions options, RenderCache cache) {
        this(options, Optional.of(cache.memo()), Optional.of(cache), Optional.empty());
    }

    private SiteBuilder(BuildOptions options, Optional<PageMemo> memo, Optional<RenderCache> live, Optional<OutputMemo> written) {
        this.options = options;
        this.memo = memo;
        this.live = live;
        this.written = written;
        this.reuse = live.map(RenderCache::reuse).orElseGet(Reuse::never);
    }

    public BuildResult build(SiteSources sources) {
        List<Diagnostic> diagnostics = new ArrayList<>(sources.readProblems());
        StageTimes times = new StageTimes();
        Optional<BuildResult> result = run(sources, diagnostics, times);
        if (result.isPresent()) {
            // after a failed build, what the last good one made is still there for the fixed one
            reuse.sweep();
        }
        diagnostics.sort(Diagnostic.ORDER);
        return result.map(r -> new BuildResult(r.files(), diagnostics, r.pages(), r.renderedPages(), times.stages()))
                .orElseGet(() -> new BuildResult(List.of(), diagnostics, 0, 0, times.stages()));
    }

    private Optional<BuildResult> run(SiteSources sources, List<Diagnostic> diagnostics, StageTimes times) {
        if (sources.config().isEmpty()) {
            diagnostics.add(Diagnostic.error(SiteConfigLoader.FILE_NAME, 0, 0, "no kist.yaml in " + sources.root(),
                    "run kist in a site folder, pass --source DIR, or create a site with: kist new site DIR"));
            return Optional.empty();
        }
        Optional<SiteConfig> config = collect(SiteConfigLoader.load(sources.config().get().text()), diagnostics);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig site = options.baseUrl().map(config.get()::withBaseUrl).orElse(config.get());

        times.lap("config");
        List<Document> posts = parse("front matter of posts", sources.posts(), true, site.timeZone(), diagnostics);
        List<Document> pages = parse("front matter of pages", sources.pages(), false, site.timeZone(), diagnostics);
        List<Document> techniques = parse("front matter of techniques", sources.techniques(), false, site.timeZone(), diagnostics);
        times.lap("front matter");
        Optional<Theme> theme = collect(live.map(kept -> kept.theme(sources.theme(), site.language(),
                        () -> ThemeLoader.load(sources.theme(), kept.liveTemplates(options.cacheDir().resolve("live")), site.language())))
                .orElseGet(() -> ThemeLoader.load(sources.theme(), options.cacheDir(), site.language())), diagnostics);
        if (hasErrors(diagnostics) || theme.isEmpty()) {
            return Optional.empty();
        }
        times.lap("theme");
        Optional<SiteIndex> index = collect(SiteIndexer.index(site, posts, pages,
                new SiteIndexer.Selection(options.drafts(), options.future(), options.now()), reuse), diagnostics);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        // terms are made of the posts' front matter and places and the description pages; a body edit keeps them
        List<Page> placedPosts = index.get().posts();
        Optional<Taxonomies> taxonomies = collect(reuse.get("terms", new TermSources(site.taxonomies(),
                placedPosts.parallelStream().map(post -> new TermSource(post.url(), post.sourcePath(), post.frontMatter())).toList(),
                techniques),
                unused -> TermIndexer.index(site, placedPosts, techniques)), diagnostics);
        if (taxonomies.isEmpty()) {
            return Optional.empty();
        }

        // two passes: every page's headings are known before any page's links are resolved; the
        // second pass parses and renders each page and lets its tree go, so memory stays small
        times.lap("index");
        MarkdownOptions markdownOptions = new MarkdownOptions(
                site.rawHtml() == SiteConfig.RawHtmlPolicy.ESCAPE ? RawHtml.ESCAPE : RawHtml.PASS,
                MarkdownOptions.defaults().tocMinHeadings());
        MarkdownRenderer markdown = live.map(kept -> kept.markdown(markdownOptions)).orElseGet(() -> new MarkdownRenderer(markdownOptions));
        List<Page> all = new ArrayList<>(index.get().posts());
        all.addAll(index.get().pages());
        taxonomies.get().terms(TermIndexer.TECHNIQUES).forEach(term -> term.description().ifPresent(all::add));
        Map<String, String> bodyHashes = memo.isEmpty() ? Map.of() : byUrl(all, reuse.each("body hash", all, Page::url,
                Page::document, (page, document) -> Hashes.of(document.body())));
        Map<String, List<Heading>> headings = all.parallelStream().collect(Collectors.toConcurrentMap(Page::url,
                page -> memo.map(kept -> kept.headings(bodyHashes.get(page.url()), () -> markdown.headings(page.document().body())))
                        .orElseGet(() -> markdown.headings(page.document().body()))));
        times.lap("markdown headings");
        List<PlacedAsset> assets = contentAssets(sources, index.get());
        List<SiteLinks.Asset> linkableAssets = assets.stream()
                .map(placed -> new SiteLinks.Asset(placed.asset().path(), "/" + placed.outputPath(), placed.asset().imageSize()))
                .toList();
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        Environment environment = linkEnvironment(site, index.get(), taxonomies.get(), all, headings, linkableAssets);
        boolean searchWords = site.outputs().search();
        // the link index is made of exactly what the environment hashes, so an equal environment may keep it
        SiteLinks siteLinks = reuse.get("site links", environment.hash(),
                unused -> new SiteLinks(site.rootPath(), index.get(), taxonomies.get(), headings, linkableAssets));
        // each page's rendering at the page's place in all
        List<Rendering> firstTry = render(all, markdown, searchWords, siteLinks, site, environment, bodyHashes, renders);
        // when the quick first pass misread a heading, every link is resolved again against the real ones (a page
        // taken over was rendered under these very headings, in a build whose quick pass read them right)
        boolean quickPassRight = firstTry.stream().filter(Rendering::fresh)
                .allMatch(rendering -> rendering.page().markdown().headings().equals(headings.get(rendering.page().page().url())));
        Map<String, List<Heading>> actual = new HashMap<>();
        if (!quickPassRight) {
            firstTry.forEach(rendering -> actual.put(rendering.page().page().url(), rendering.page().markdown().headings()));
        }
        List<Rendering> rendered = quickPassRight ? firstTry
                : render(all, markdown, searchWords, new SiteLinks(site.rootPath(), index.get(), taxonomies.get(), actual, linkableAssets),
                        site, linkEnvironment(site, index.get(), taxonomies.get(), all, actual, linkableAssets), bodyHashes, renders);
        memo.ifPresent(kept -> {
            kept.retain(bodyHashes.keySet(), bodyHashes.values());
            kept.renderedAt(site.rootPath(), config.get().rootPath());
        });
        times.lap("markdown render and links");
        List<PageLinks.PathCheck> pathChecks = new ArrayList<>();
        for (Rendering rendering : rendered) {
            diagnostics.addAll(rendering.diagnostics());
            pathChecks.addAll(rendering.pathChecks());
        }
        // a broken link fails the build, but only after the site is rendered, so that links to
        // paths can be checked against what it writes and every broken link is reported at once

        List<SiteGraphBuilder.PageFacts> facts = rendered.stream().map(rendering -> new SiteGraphBuilder.PageFacts(
                rendering.page().page(), rendering.links(), rendering.page().text().keywords())).toList();
        times.lap("links");
        Optional<SiteGraph> graph = collect(SiteGraphBuilder.build(index.get().posts(), taxonomies.get(), facts, reuse), diagnostics);
        if (graph.isEmpty()) {
            return Optional.empty();
        }
        times.lap("graph");
        SiteRenderer renderer = new SiteRenderer(site, theme.get(), index.get().posts(), taxonomies.get(), graph.get(), reuse, written);
        // all holds the posts, then the pages, then the description pages
        int postCount = index.get().posts().size();
        int pageCount = index.get().pages().size();
        List<RenderedPage> renderedPosts = rendered.subList(0, postCount).stream().map(Rendering::page).toList();
        Map<Page, RenderedPage> renderedDescriptions = new HashMap<>();
        rendered.subList(postCount + pageCount, rendered.size()).forEach(rendering -> renderedDescriptions.put(rendering.page().page(),
                rendering.page()));
        Map<String, RenderedPage> descriptions = new HashMap<>();
        taxonomies.get().terms(TermIndexer.TECHNIQUES).forEach(term -> term.description()
                .ifPresent(page -> descriptions.put(term.url(), renderedDescriptions.get(page))));
        Optional<List<OutputFile>> html = collect(renderer.render(renderedPosts,
                rendered.subList(postCount, postCount + pageCount).stream().map(Rendering::page).toList(),
                descriptions), diagnostics);
        if (html.isEmpty() || hasErrors(diagnostics) && pathChecks.isEmpty()) {
            return Optional.empty();
        }
        times.lap("templates, feeds, sitemap");
        List<OutputFile> files = new ArrayList<>(html.get());
        theme.get().assets().forEach((path, bytes) -> files.add(new OutputFile.Generated(path, bytes, "theme " + path)));
        assets.forEach(asset -> files.add(new OutputFile.Copied(asset.outputPath(), asset.asset().file(), asset.asset().path())));
        if (site.outputs().search()) {
            files.add(SearchIndex.file(site.rootPath(), renderedPosts.parallelStream().map(SiteBuilder::searchText).toList(),
                    taxonomies.get(), page -> searchText(renderedDescriptions.get(page)), reuse));
        }
        WrittenFiles written = WrittenFiles.sorted(files, reuse);
        if (site.outputs().sitemap()) {
            written = kist.output.Sitemap.robotsTxt(site.baseUrl(), written::contains).map(written::with).orElse(written);
        }
        diagnostics.addAll(written.collisions());
        diagnostics.addAll(written.missing(pathChecks));
        if (hasErrors(diagnostics)) {
            return Optional.empty();
        }
        times.lap("search index, checks");
        return Optional.of(new BuildResult(written.files(), List.of(), all.size(), renders.get(), times.stages()));
    }

    /**
     * Everything the terms are made from. Terms list their posts' pages, which may come from an
     * earlier build when only a body changed: whoever needs a post's text asks the index, not a term.
     */
    private record TermSources(List<SiteConfig.Taxonomy> taxonomies, List<TermSource> posts, List<Document> descriptions) {
    }

    private record TermSource(String url, String sourcePath, kist.content.FrontMatter frontMatter) {
    }

    /** What a file's front matter is made from. */
    private record FrontMatterSource(SourceFile file, java.time.ZoneId timeZone) {
    }

    /** Each page's value by the page's URL. */
    private static <V> Map<String, V> byUrl(List<Page> pages, List<V> values) {
        Map<String, V> byUrl = new HashMap<>(pages.size() * 2);
        for (int i = 0; i < pages.size(); i++) {
            byUrl.put(pages.get(i).url(), values.get(i));
        }
        return byUrl;
    }

    /** A file from content/ and where it lands in the site. */
    private record PlacedAsset(AssetFile asset, String outputPath) {
    }

    /**
     * Parses and renders every page against the link index, each rendering at its page's place in
     * {@code pages}; with a memo, a page whose own inputs (body, place) are unchanged is taken over
     * when it was rendered under this link environment, or under the memo's and nothing that
     * changed since can reach it ({@link LinkEnvironment.Change}).
     *
     * @param environment the link environment: its hash, and its parts when the memo is of another one
     */
    private List<Rendering> render(List<Page> pages, MarkdownRenderer markdown, boolean searchWords, SiteLinks links, SiteConfig site,
                                   Environment environment, Map<String, String> bodyHashes,
                                   java.util.concurrent.atomic.AtomicInteger renders) {
        List<String> keys = memo.isEmpty() ? java.util.Collections.nCopies(pages.size(), "")
                : reuse.each("render key", pages, Page::url, page -> new RenderKey(site.rootPath(), site.rawHtml().name(), page.url(),
                        page.sourcePath(), page.document().bodyLine(), page.frontMatter().autolink(), bodyHashes.get(page.url()), searchWords),
                        (page, key) -> key.hash());
        boolean otherEnvironment = memo.isPresent() && !memo.get().environmentHash().equals(environment.hash());
        Optional<LinkEnvironment> current = otherEnvironment ? Optional.of(environment.parts().get()) : Optional.empty();
        // what changed since the environment the memo's pages were rendered under, when the memo knows it
        Optional<LinkEnvironment.Change> change = current.flatMap(now -> memo.flatMap(PageMemo::environment)
                .map(before -> before.changeTo(now)));
        List<Rendering> rendered = java.util.stream.IntStream.range(0, pages.size()).parallel().mapToObj(at -> {
            Page page = pages.get(at);
            String key = keys.get(at);
            Optional<PageMemo.Entry> kept = memo.flatMap(m -> m.get(page.url(), key, environment.hash(), entry -> change
                    .filter(known -> known.from().equals(entry.environment()))
                    .map(known -> known.keeps(page.url(), page.document().body(), !entry.diagnostics().isEmpty()))
                    .orElse(false)));
            if (kept.isPresent()) {
                PageMemo.Entry entry = kept.get();
                return new Rendering(new RenderedPage(page, entry.markdown(), entry.text()), entry.links(), entry.diagnostics(),
                        entry.pathChecks(), false);
            }
            renders.incrementAndGet();
            PageLinks pageLinks = links.forPage(page);
            ParsedMarkdown parsed = markdown.parse(page.document().body(), page.document().bodyLine());
            RenderedMarkdown rendering = markdown.render(parsed, pageLinks);
            TextFacts text = TextFacts.of(rendering.plainText(), searchWords);
            RenderedMarkdown body = rendering.withoutPlainText();
            Rendering made = new Rendering(new RenderedPage(page, body, text), pageLinks.links(),
                    pageLinks.diagnostics(), pageLinks.pathChecks(), true);
            memo.ifPresent(m -> m.put(page.url(), new PageMemo.Entry(key, environment.hash(), body, text, made.links(),
                    made.diagnostics(), made.pathChecks())));
            return made;
        }).toList();
        // every page the memo has is now of this environment: rendered under it, or found to render the same
        current.ifPresent(now -> memo.get().environment(now));
        return rendered;
    }

    private static SearchIndex.Text searchText(RenderedPage page) {
        return new SearchIndex.Text(page.page(), page.markdown(), page.text().searchWords());
    }

    /**
     * A page's rendering is made from its body, where it stands and is written, the site's root path
     * and raw HTML setting, whether its search words are counted, and the link environment (apart).
     */
    private record RenderKey(String rootPath, String rawHtml, String url, String sourcePath, int bodyLine, boolean autolink,
                             String bodyHash, boolean searchWords) {
        String hash() {
            return Hashes.of(rootPath, rawHtml, url, sourcePath, Integer.toString(bodyLine), Boolean.toString(autolink), bodyHash,
                    Boolean.toString(searchWords));
        }
    }

    /** The link environment: its hash, and its parts ({@link LinkEnvironment}), put together when asked for. */
    private record Environment(String hash, java.util.function.Supplier<LinkEnvironment> parts) {
    }

    /**
     * Everything links resolve against: every page's address, title, slug and aliases, every
     * term's names, every heading, every file, each a part with the names a page may use it by;
     * the hash of them all keeps each page's rendering ({@link LinkEnvironment} says which pages a
     * change of some parts can reach).
     *
     * @param pages every page in the build's order, whose headings are hashed in that order
     */
    private Environment linkEnvironment(SiteConfig site, SiteIndex index, Taxonomies taxonomies, List<Page> pages,
                                        Map<String, List<Heading>> headings, List<SiteLinks.Asset> assets) {
        // each page's parts are made once while they stay the same (kist serve)
        List<Page> targets = new ArrayList<>(index.byUrl().values());
        List<LinkEnvironment.Part> targetParts = reuse.each("link target", targets, Page::url,
                page -> new LinkTarget(page.url(), page.kind(), page.title(), page.slug(), page.sourcePath(), page.frontMatter().aliases()),
                (page, target) -> new LinkEnvironment.Part(target.hash(), target.names()));
        List<kist.content.Term> terms = taxonomies.terms().values().stream().flatMap(List::stream).toList();
        List<LinkEnvironment.Part> termParts = terms.stream().map(term -> {
            List<String> names = new ArrayList<>(List.of(term.name(), term.title(), term.url()));
            names.addAll(term.aliases());
            term.description().ifPresent(description -> names.add(ContentPaths.baseName(description.sourcePath())));
            return new LinkEnvironment.Part(String.join("\u0001", term.taxonomy(), term.key(), term.name(), term.title(), term.url(),
                    String.join("\u0002", term.aliases()), term.description().map(Page::sourcePath).orElse("")), names);
        }).toList();
        // a page's headings are one list from build to build while its body stays the same
        List<LinkEnvironment.Part> headingParts = reuse.each("headings", pages, Page::url, page -> headings.get(page.url()),
                (page, same) -> new LinkEnvironment.Part(Hashes.of(page.url(), same.toString()),
                        same.stream().flatMap(heading -> java.util.stream.Stream.of(heading.text(), heading.id())).toList()));
        // a file is named by its name, or a path that ends in it (foto.jpg, ../x/foto.jpg)
        List<LinkEnvironment.Part> assetParts = assets.stream().map(asset -> new LinkEnvironment.Part(asset.toString(),
                List.of(asset.sourcePath().substring(asset.sourcePath().lastIndexOf('/') + 1)))).toList();
        List<String> hashes = new ArrayList<>();
        hashes.add(site.rootPath());
        hashes.add(site.rawHtml().name());
        java.util.stream.Stream.of(targetParts, termParts, headingParts, assetParts)
                .forEach(parts -> parts.forEach(part -> hashes.add(part.hash())));
        // the hashes are mostly the very strings of the previous build: comparing them is quicker than hashing them
        String hash = reuse.get("link environment", hashes, same -> Hashes.of(same.toArray(String[]::new)));
        return new Environment(hash, () -> {
            Map<String, LinkEnvironment.Part> parts = new HashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                parts.put(LinkEnvironment.pageKey(targets.get(i).url()), targetParts.get(i));
            }
            for (int i = 0; i < terms.size(); i++) {
                parts.put("term " + terms.get(i).taxonomy() + " " + terms.get(i).key(), termParts.get(i));
            }
            for (int i = 0; i < pages.size(); i++) {
                parts.put(LinkEnvironment.headingsKey(pages.get(i).url()), headingParts.get(i));
            }
            for (int i = 0; i < assets.size(); i++) {
                parts.put("asset " + assets.get(i).sourcePath(), assetParts.get(i));
            }
            return new LinkEnvironment(hash, parts);
        });
    }

    /** What links may find a page by. */
    private record LinkTarget(String url, kist.content.PageKind kind, String title, String slug, String sourcePath,
                              List<String> aliases) {
        String hash() {
            return Hashes.of(url, kind.name(), title, slug, sourcePath, String.join("\u0002", aliases));
        }

        /** What a page writes to link to it: its title, slug, aliases, file and address. */
        List<String> names() {
            List<String> names = new ArrayList<>(List.of(title, slug, ContentPaths.baseName(sourcePath), url));
            names.addAll(aliases);
            return names;
        }
    }

    /**
     * A page rendered with the links it resolved: where they go, and what was wrong with them;
     * {@code fresh} when rendered in this build rather than taken over.
     */
    private record Rendering(RenderedPage page, List<kist.markdown.OutgoingLink> links, List<Diagnostic> diagnostics,
                             List<PageLinks.PathCheck> pathChecks, boolean fresh) {
    }

    /** @param kind what the files are ("front matter of posts"), a slot of their own in {@link Reuse#each} */
    private List<Document> parse(String kind, List<SourceFile> files, boolean requireDate, java.time.ZoneId timeZone,
                                 List<Diagnostic> diagnostics) {
        List<Outcome<Document>> parsed = reuse.each(kind, files, SourceFile::path, file -> new FrontMatterSource(file, timeZone),
                (file, source) -> FrontMatterParser.parse(file, requireDate, timeZone));
        List<Document> documents = new ArrayList<>();
        for (Outcome<Document> outcome : parsed) {
            diagnostics.addAll(outcome.diagnostics());
            outcome.value().ifPresent(documents::add);
        }
        return documents;
    }

    /**
     * Files beside a bundled post ({@code posts/x/index.md} with {@code posts/x/photo.jpg}) go
     * beside its page; files of a bundle left out of the build (a draft) are left out with it;
     * other files under content/ keep their path below content/.
     */
    private static List<PlacedAsset> contentAssets(SiteSources sources, SiteIndex index) {
        if (sources.contentAssets().isEmpty()) {
            return List.of();
        }
        java.util.Set<String> allBundles = new java.util.HashSet<>();
        for (List<SourceFile> files : List.of(sources.posts(), sources.pages())) {
            files.stream().map(SourceFile::path).filter(ContentPaths::isBundleIndex)
                    .forEach(path -> allBundles.add(ContentPaths.folder(path)));
        }
        Map<String, Page> bundles = new HashMap<>();
        index.byUrl().values().forEach(page -> {
            if (ContentPaths.isBundleIndex(page.sourcePath())) {
                bundles.put(ContentPaths.folder(page.sourcePath()), page);
            }
        });
        List<PlacedAsset> files = new ArrayList<>();
        for (AssetFile asset : sources.contentAssets()) {
            Optional<String> path = Optional.of(asset.path().substring("content/".length()));
            for (String folder = ContentPaths.folder(asset.path()); !folder.isEmpty();
                 folder = ContentPaths.folder(folder.substring(0, folder.length() - 1))) {
                if (allBundles.contains(folder)) {
                    String inBundle = asset.path().substring(folder.length());
                    path = Optional.ofNullable(bundles.get(folder)).map(page -> page.outputFolder() + inBundle);
                    break;
                }
            }
            path.ifPresent(p -> files.add(new PlacedAsset(asset, p)));
        }
        return files;
    }

    private static <T> Optional<T> collect(Outcome<T> outcome, List<Diagnostic> diagnostics) {
        diagnostics.addAll(outcome.diagnostics());
        return outcome.hasErrors() ? Optional.empty() : outcome.value();
    }

    private static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

}
