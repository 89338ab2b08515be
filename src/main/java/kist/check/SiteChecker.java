package kist.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import kist.build.BuildOptions;
import kist.build.BuildResult;
import kist.build.SiteSources;
import kist.config.SiteConfig;
import kist.config.SiteConfigLoader;
import kist.content.Document;
import kist.content.FrontMatterParser;
import kist.content.Page;
import kist.content.SiteIndex;
import kist.content.SiteIndexer;
import kist.content.SourceFile;
import kist.content.Taxonomies;
import kist.content.Term;
import kist.content.TermIndexer;
import kist.content.UrlPaths;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;
import kist.markdown.AuthoredHtml;
import kist.markdown.MarkdownOptions;
import kist.markdown.MarkdownRenderer;
import kist.markdown.RawHtml;
import kist.output.OutputFile;

/**
 * {@code kist check}: looks at a successful build's pages as a reader's browser would, and at the
 * HTML authors wrote. Internal links and anchors must land on a file and an id the build wrote,
 * images must exist and carry an alt text, ids must be unique on a page, and raw HTML must be
 * well formed (errors); pages nothing links to and techniques only one post carries are listed
 * (warnings). Findings in a page's text are reported at their place in its Markdown file (see
 * {@link SourcePositions}); findings in the theme's part of a page once, for the theme.
 */
public final class SiteChecker {
    private static final Pattern ALT = Pattern.compile("\\salt\\s*(=|>|/|\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String REFERENCES = "a[href], area[href], img[src], link[href], script[src], source[src], "
            + "video[src], audio[src], iframe[src]";

    private final SiteSources sources;
    private final BuildOptions options;

    public SiteChecker(SiteSources sources, BuildOptions options) {
        this.sources = sources;
        this.options = options;
    }

    /** The findings on {@code result}, a build of these sources with these options that succeeded. */
    public List<Diagnostic> check(BuildResult result) {
        if (!result.succeeded() || sources.config().isEmpty()) {
            throw new IllegalArgumentException("only a successful build can be checked");
        }
        SiteConfig config = value(SiteConfigLoader.load(sources.config().get().text()));
        SiteConfig site = options.baseUrl().map(config::withBaseUrl).orElse(config);
        List<Document> posts = documents(sources.posts(), true, site.timeZone());
        List<Document> pages = documents(sources.pages(), false, site.timeZone());
        List<Document> techniques = documents(sources.techniques(), false, site.timeZone());
        SiteIndex index = value(SiteIndexer.index(site, posts, pages,
                new SiteIndexer.Selection(options.drafts(), options.future(), options.now())));
        Taxonomies taxonomies = value(TermIndexer.index(site, index.posts(), techniques));

        Map<String, Document> bySource = new HashMap<>();
        index.posts().forEach(page -> bySource.put(page.sourcePath(), page.document()));
        index.pages().forEach(page -> bySource.put(page.sourcePath(), page.document()));
        taxonomies.terms(TermIndexer.TECHNIQUES).forEach(term -> term.description()
                .ifPresent(page -> bySource.put(page.sourcePath(), page.document())));

        List<Diagnostic> findings = new ArrayList<>();
        findings.addAll(new Pages(site, result.files(), bySource).check(index, sources.theme().origin()));
        if (site.rawHtml() == SiteConfig.RawHtmlPolicy.PASS) {
            MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(RawHtml.PASS, MarkdownOptions.defaults().tocMinHeadings()));
            bySource.values().stream().sorted(Comparator.comparing(d -> d.source().path())).toList().parallelStream()
                    .map(document -> HtmlNesting.check(AuthoredHtml.of(markdown, document.body(), document.bodyLine()),
                            document.source().path()))
                    .forEachOrdered(findings::addAll);
        }
        findings.addAll(singleUseTechniques(taxonomies));
        return findings.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    /** A technique with one post links nothing together yet: often a typo for another's name. */
    private static List<Diagnostic> singleUseTechniques(Taxonomies taxonomies) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Term term : taxonomies.terms(TermIndexer.TECHNIQUES)) {
            if (term.posts().size() != 1) {
                continue;
            }
            Page post = term.posts().get(0);
            Position key = post.frontMatter().positionOf("techniques");
            String written = post.frontMatter().techniques().stream()
                    .filter(name -> taxonomies.find(TermIndexer.TECHNIQUES, name).filter(term::equals).isPresent())
                    .findFirst().orElse(term.name());
            Position at = new SourcePositions(post.document().source().text(), key.line()).next(List.of(written)).orElse(key);
            findings.add(Diagnostic.warning(post.sourcePath(), at.line(), at.column(),
                    "technique '" + term.name() + "' is used by this post only",
                    "add it to the other posts it belongs to, or check its spelling against the techniques of other posts"));
        }
        return findings;
    }

    /** The rendered HTML pages, parsed once, with the ids each holds. */
    private static final class Pages {
        private final SiteConfig site;
        private final Map<String, Document> bySource;
        private final Set<String> written = new HashSet<>();
        /** What the checks need of each page, taken while it is parsed: the parsed tree is not kept. */
        private final Map<String, PageFacts> pages = new TreeMap<>();
        /** Findings in the theme's part of pages: the same broken menu link is one finding, not one per page. */
        private final Map<String, ThemeFinding> themeFindings = new TreeMap<>();
        private final Map<String, Set<String>> linkedFrom = new HashMap<>();

        Pages(SiteConfig site, List<OutputFile> files, Map<String, Document> bySource) {
            this.site = site;
            this.bySource = bySource;
            List<OutputFile.Generated> html = new ArrayList<>();
            for (OutputFile file : files) {
                written.add(file.path());
                if (file instanceof OutputFile.Generated generated && generated.path().endsWith(".html")) {
                    html.add(generated);
                }
            }
            html.parallelStream().map(page -> PageFacts.of(page, bySource.containsKey(page.origin()))).toList()
                    .forEach(facts -> pages.put(facts.path(), facts));
        }

        List<Diagnostic> check(SiteIndex index, String themeOrigin) {
            List<Diagnostic> findings = new ArrayList<>();
            Set<String> bodiesChecked = new HashSet<>();
            Set<String> missingIdsInBodies = new HashSet<>();
            pages.forEach((path, page) -> {
                String origin = page.origin();
                Optional<Document> fromContent = Optional.ofNullable(bySource.get(origin));
                // a technique's description heads each page of its list: its text is checked once
                Optional<Document> source = fromContent.filter(d -> bodiesChecked.add(origin));
                SourcePositions positions = source.map(d -> new SourcePositions(d.source().text(), d.bodyLine()))
                        .orElse(null);
                for (Reference reference : page.references()) {
                    boolean inBody = reference.inBody() && fromContent.isPresent();
                    if (inBody && source.isEmpty()) {
                        continue;
                    }
                    if (inBody) {
                        linkTarget(path, reference).ifPresent(target -> linkedFrom
                                .computeIfAbsent(target, t -> new HashSet<>()).add(origin));
                    }
                    Optional<Finding> finding = problem(path, reference, inBody);
                    if (finding.isEmpty()) {
                        continue;
                    }
                    if (inBody) {
                        Position at = locate(positions, reference, finding.get()).orElse(new Position(0, 0));
                        findings.add(Diagnostic.error(origin, at.line(), at.column(), finding.get().message(), finding.get().hint()));
                        if (!finding.get().missingId().isEmpty()) {
                            missingIdsInBodies.add(finding.get().missingId());
                        }
                    } else {
                        themeFindings.computeIfAbsent(finding.get().message(),
                                k -> new ThemeFinding(finding.get(), new ArrayList<>())).urls().add(pageUrl(path));
                    }
                }
                if (source.isPresent() || fromContent.isEmpty()) {
                    findings.addAll(duplicateIds(path, page, source));
                }
            });
            Set<String> reported = new HashSet<>();
            findings.forEach(finding -> reported.add(finding.file() + ":" + finding.line() + ":" + finding.column()
                    + ":" + finding.message()));
            themeFindings.values().forEach(theme -> {
                // a summary on a list page repeats its post's links: a missing id the post's text already
                // links to is that one error, which fixing the post mends on every page
                if (missingIdsInBodies.contains(theme.finding().missingId())) {
                    return;
                }
                List<String> urls = theme.urls();
                String where = urls.size() == 1 ? " (on " + urls.get(0) + ")"
                        : " (on " + urls.size() + " pages, such as " + urls.get(0) + ")";
                Finding finding = theme.finding();
                Optional<Diagnostic> inSource = writtenIn(finding, where);
                if (inSource.isEmpty()) {
                    findings.add(Diagnostic.error(themeOrigin, 0, 0, finding.message() + where, finding.hint()));
                } else if (!reported.contains(inSource.get().file() + ":" + inSource.get().line() + ":"
                        + inSource.get().column() + ":" + finding.message())) {
                    findings.add(inSource.get());
                }
            });
            findings.addAll(orphans(index));
            return findings;
        }

        private static Optional<Position> locate(SourcePositions positions, Reference reference, Finding finding) {
            if (reference.tag().equals("img")) {
                return positions.nextTag("img", finding.written(), tag -> reference.hasAlt() || !ALT.matcher(tag).find());
            }
            return positions.next(finding.written()).or(() -> positions.nextAnchor(finding.anchor()));
        }

        /**
         * A finding outside a page's own text that an author wrote all the same: a post's summary
         * shows its first paragraph on list pages, where {@code #details} means another page.
         */
        private Optional<Diagnostic> writtenIn(Finding finding, String where) {
            if (finding.written().isEmpty()) {
                return Optional.empty();
            }
            List<Document> documents = bySource.values().stream()
                    .sorted(Comparator.comparing(document -> document.source().path())).toList();
            for (Document document : documents) {
                SourcePositions positions = new SourcePositions(document.source().text(), document.bodyLine());
                Optional<Position> at = positions.next(finding.written());
                if (at.isPresent()) {
                    boolean anchor = finding.written().get(0).startsWith("#");
                    return Optional.of(Diagnostic.error(document.source().path(), at.get().line(), at.get().column(),
                            finding.message() + where + ", where this page's summary shows it",
                            anchor ? "a summary is shown on other pages: link to a heading with [[#Heading]], "
                                    + "which keeps this page's address" : finding.hint()));
                }
            }
            return Optional.empty();
        }

        /** The part of a page made from its Markdown: the theme's {@code .prose}, else {@code main}, else the body. */
        private static Elements contentOf(org.jsoup.nodes.Document document) {
            Elements prose = document.select(".prose");
            if (!prose.isEmpty()) {
                return prose;
            }
            Element main = document.selectFirst("main");
            return new Elements(main != null ? main : document.body());
        }

        private List<Diagnostic> duplicateIds(String path, PageFacts page, Optional<Document> source) {
            List<Diagnostic> findings = new ArrayList<>();
            page.duplicateIds().forEach((id, count) -> {
                String message = "the id '" + id + "' is used " + count + " times on " + pageUrl(path);
                String hint = "ids must be unique on a page: rename one (a heading's id comes from its text)";
                if (source.isPresent()) {
                    SourcePositions positions = new SourcePositions(source.get().source().text(), source.get().bodyLine());
                    Position at = positions.next(List.of("id=\"" + id + "\"", "id='" + id + "'", "id=" + id))
                            .orElse(new Position(0, 0));
                    findings.add(Diagnostic.error(source.get().source().path(), at.line(), at.column(), message, hint));
                } else {
                    themeFindings.computeIfAbsent("the id '" + id + "' is used more than once on a page",
                            k -> new ThemeFinding(new Finding("the id '" + id + "' is used more than once on a page", hint,
                                    List.of(), ""), new ArrayList<>())).urls().add(pageUrl(path));
                }
            });
            return findings;
        }

        /** Posts and pages no other page's text links to, and no menu entry. */
        private List<Diagnostic> orphans(SiteIndex index) {
            Set<String> menu = new HashSet<>();
            site.menu().forEach(entry -> UrlPaths.outputPath(entry.url()).ifPresent(menu::add));
            List<Diagnostic> findings = new ArrayList<>();
            List<Page> all = new ArrayList<>(index.posts());
            all.addAll(index.pages());
            for (Page page : all) {
                Set<String> from = new HashSet<>(linkedFrom.getOrDefault(page.outputPath(), Set.of()));
                from.remove(page.sourcePath());
                if (from.isEmpty() && !menu.contains(page.outputPath())) {
                    findings.add(Diagnostic.warning(page.sourcePath(), 0, 0, "no other page links to '" + page.title() + "'",
                            "link to it from a related post, e.g. [[" + page.title() + "]], or add it to the menu in kist.yaml"));
                }
            }
            return findings;
        }

        /**
         * What is wrong with one reference of a page, if anything. A page's own text may say "this
         * page"; the theme's part of pages names it, as it is one finding for every page it is on.
         */
        private Optional<Finding> problem(String path, Reference ref, boolean inBody) {
            boolean image = ref.tag().equals("img");
            String reference = ref.value();
            if (image && !ref.hasAlt()) {
                return Optional.of(new Finding("the image " + reference + " has no alt text",
                        "describe the picture: alt=\"...\" (or ![description](" + reference + ") in Markdown); "
                                + "alt=\"\" marks a picture that is only decoration", written(reference), ""));
            }
            Optional<Target> target = resolve(path, reference);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            Target t = target.get();
            if (t.outputPath().isEmpty()) {
                return Optional.of(new Finding((image ? "no image at " : "no page or file at ") + t.url()
                        + " (" + ref.attribute() + "=\"" + reference + "\")",
                        t.url().startsWith(site.rootPath()) ? "link to an address the site has, such as " + site.rootPath()
                                : "the site lives under " + site.rootPath() + "; write addresses from the site root",
                        written(reference), ""));
            }
            String fragment = t.fragment();
            PageFacts targetPage = pages.get(t.outputPath().get());
            if (fragment.isEmpty() || fragment.equals("top") || targetPage == null || targetPage.ids().contains(fragment)) {
                return Optional.empty();
            }
            String onPage = inBody && t.outputPath().get().equals(path) ? "this page" : pageUrl(t.outputPath().get());
            return Optional.of(new Finding("no element with id '" + fragment + "' on " + onPage + " (" + ref.attribute()
                    + "=\"" + reference + "\")",
                    targetPage.contentIds().isEmpty() ? "link to a heading's id; a heading '## Als inkoper' has the id als-inkoper"
                            : "ids there: " + String.join(", ", targetPage.contentIds()),
                    written(reference), anchorOf(reference), t.outputPath().get() + "#" + fragment));
        }

        /** How the author may have written a reference kist wrote: as it is, or without the site's path. */
        private List<String> written(String reference) {
            List<String> candidates = new ArrayList<>(List.of(reference));
            String root = site.rootPath();
            if (!root.equals("/") && reference.startsWith(root)) {
                candidates.add(reference.substring(root.length() - 1));
            }
            return candidates;
        }

        /** The anchor of a link kist wrote from a wikilink or a .md link, to find it after what the author wrote. */
        private static String anchorOf(String reference) {
            int hash = reference.indexOf('#');
            return hash > 0 ? reference.substring(hash) : "";
        }

        private Optional<String> linkTarget(String path, Reference reference) {
            return reference.tag().equals("a") ? resolve(path, reference.value()).flatMap(Target::outputPath) : Optional.empty();
        }

        /** Where an internal reference leads; empty for references outside the site (other hosts, mail). */
        private Optional<Target> resolve(String page, String reference) {
            if (reference.isEmpty() || reference.startsWith("//") || SCHEME.matcher(reference).find()) {
                return Optional.empty();
            }
            int hash = reference.indexOf('#');
            String fragment = hash < 0 ? "" : decode(reference.substring(hash + 1));
            String withoutFragment = hash < 0 ? reference : reference.substring(0, hash);
            int query = withoutFragment.indexOf('?');
            String target = query < 0 ? withoutFragment : withoutFragment.substring(0, query);
            if (target.isEmpty()) {
                return Optional.of(new Target(pageUrl(page), Optional.of(page), fragment));
            }
            String url = target.startsWith("/") ? target : normalize(pageUrl(page).substring(0, pageUrl(page).lastIndexOf('/') + 1) + target);
            if (!url.startsWith(site.rootPath())) {
                return Optional.of(new Target(url, Optional.empty(), fragment));
            }
            String inSite = url.substring(site.rootPath().length() - 1);
            Optional<String> file = UrlPaths.outputPath(inSite).filter(written::contains)
                    .or(() -> UrlPaths.outputPath(inSite + "/").filter(written::contains));
            return Optional.of(new Target(url, file, fragment));
        }

        /** The address of an output file from the domain's root, as links write it. */
        private String pageUrl(String outputPath) {
            String url = outputPath.endsWith("index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length())
                    : outputPath;
            return site.rootPath() + url;
        }

        private static String decode(String text) {
            try {
                return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }

        private static String normalize(String path) {
            java.util.Deque<String> parts = new java.util.ArrayDeque<>();
            for (String part : path.split("/", -1)) {
                if (part.equals("..")) {
                    if (!parts.isEmpty()) {
                        parts.removeLast();
                    }
                } else if (!part.equals(".") && !part.isEmpty()) {
                    parts.addLast(part);
                }
            }
            return "/" + String.join("/", parts) + (path.endsWith("/") && !parts.isEmpty() ? "/" : "");
        }
    }

    /** Where a reference leads: its address, the output file there (empty when none), and its anchor. */
    private record Target(String url, Optional<String> outputPath, String fragment) {
    }

    /** A link or embedded file of a page: its element, attribute and value, and whether the page's own text holds it. */
    private record Reference(String tag, String attribute, String value, boolean hasAlt, boolean inBody) {
    }

    /**
     * One page as the checks see it: its ids (and how often each occurs when more than once), the
     * ids of its text for hints, and its references.
     */
    private record PageFacts(String path, String origin, Set<String> ids, Map<String, Integer> duplicateIds,
                             List<String> contentIds, List<Reference> references) {

        static PageFacts of(OutputFile.Generated file, boolean fromContent) {
            org.jsoup.nodes.Document document = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));
            Set<String> ids = new HashSet<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (Element element : document.select("[id]")) {
                ids.add(element.id());
                counts.merge(element.id(), 1, Integer::sum);
            }
            document.select("a[name]").forEach(element -> ids.add(element.attr("name")));
            counts.values().removeIf(count -> count < 2);
            Elements content = Pages.contentOf(document);
            List<String> contentIds = content.select("[id]").stream().map(Element::id).distinct().limit(6).toList();
            Set<Element> inContent = fromContent ? new HashSet<>(content.select(REFERENCES)) : Set.of();
            List<Reference> references = new ArrayList<>();
            for (Element element : document.select(REFERENCES)) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                references.add(new Reference(element.tagName(), attribute, element.attr(attribute).strip(),
                        element.hasAttr("alt"), inContent.contains(element)));
            }
            return new PageFacts(file.path(), file.origin(), ids, counts, contentIds, references);
        }
    }

    /** A problem outside the pages' own text, and the pages it was seen on. */
    private record ThemeFinding(Finding finding, List<String> urls) {
    }

    /**
     * A problem with one reference, and the texts the author may have written for it;
     * {@code missingId} is the output path and id of a link to an id that page does not have ("" for other problems).
     */
    private record Finding(String message, String hint, List<String> written, String anchor, String missingId) {
        Finding(String message, String hint, List<String> written, String anchor) {
            this(message, hint, written, anchor, "");
        }
    }

    private List<Document> documents(List<SourceFile> files, boolean requireDate, java.time.ZoneId timeZone) {
        return files.stream().map(file -> FrontMatterParser.parse(file, requireDate, timeZone)).map(SiteChecker::value).toList();
    }

    /** The sources built without errors, so every stage gives a value again. */
    private static <T> T value(Outcome<T> outcome) {
        return outcome.value().orElseThrow(() -> new IllegalStateException(
                "a stage failed on sources that built: " + outcome.diagnostics()));
    }
}
