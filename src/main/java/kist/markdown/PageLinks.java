package kist.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kist.config.SiteConfig;
import kist.content.ContentPaths;
import kist.content.Page;
import kist.content.Slugs;
import kist.diag.Diagnostic;
import kist.diag.Position;

/**
 * One page's links, resolved against {@link SiteLinks}: what each points at, the diagnostics of
 * those that point at nothing, and the links to other pages (backlinks are their inversion).
 * Used by one render of one page.
 */
public final class PageLinks implements LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteLinks site;
    private final Page page;
    private final List<OutgoingLink> links = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<PathCheck> pathChecks = new ArrayList<>();

    /**
     * A link to a path of the site ("/images/logo.svg", "/technieken/"), checked once the build
     * knows every file it writes.
     */
    public record PathCheck(String file, String path, String written, Position at) {
        public Diagnostic missing(java.util.Collection<String> closest) {
            return Diagnostic.error(file, at.line(), at.column(), "no page or file at " + path + " (linked as " + written + ")",
                    closest.isEmpty() ? "link to a page of this site by its URL, e.g. /2007/10/find-your-why-and-fly/"
                            : "did you mean " + String.join(" or ", closest) + "?");
        }
    }

    PageLinks(SiteLinks site, Page page) {
        this.site = site;
        this.page = page;
    }

    public List<OutgoingLink> links() {
        return List.copyOf(links);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    public List<PathCheck> pathChecks() {
        return List.copyOf(pathChecks);
    }

    @Override
    public Optional<ResolvedLink> wikilink(String target, String anchor, Position at, String context) {
        if (target.isEmpty() && anchor.isEmpty()) {
            error(at, "empty wikilink [[]]", "write the title of the page to link to: [[Het anker]]");
            return Optional.empty();
        }
        Optional<SiteLinks.Target> found = target.isEmpty()
                ? site.byUrl(page.url()).or(() -> Optional.of(new SiteLinks.Target(page.url(), page.title(), "page")))
                : find(target, at);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SiteLinks.Target resolved = found.get();
        String text = target.isEmpty() ? "" : shownText(target, resolved);
        String fragment = "";
        if (!anchor.isEmpty()) {
            Optional<Heading> heading = heading(resolved, anchor, at);
            if (heading.isEmpty()) {
                return Optional.empty();
            }
            fragment = "#" + heading.get().id();
            text = text.isEmpty() ? heading.get().text() : text + " › " + heading.get().text();
        }
        if (!resolved.url().equals(page.url())) {
            links.add(new OutgoingLink(resolved.url(), context));
        }
        return Optional.of(new ResolvedLink(site.href(resolved.url()) + fragment, text));
    }

    /** [[techniques/anker]] names a taxonomy; otherwise titles, slugs, aliases and technique names. */
    private Optional<SiteLinks.Target> find(String target, Position at) {
        int slash = target.indexOf('/');
        if (slash > 0 && SiteConfig.Taxonomy.KEYS.contains(target.substring(0, slash))) {
            String taxonomy = target.substring(0, slash);
            String name = target.substring(slash + 1);
            Optional<SiteLinks.Target> term = site.term(taxonomy, name);
            if (term.isEmpty()) {
                error(at, "no " + taxonomy + " term '" + name + "' for [[" + target + "]]",
                        Suggestions.didYouMean(Suggestions.closest(name, site.termNames(taxonomy), 3).stream()
                                .map(n -> taxonomy + "/" + n).toList()));
            }
            return term;
        }
        List<SiteLinks.Target> candidates = List.copyOf(site.named(target));
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            List<String> closest = Suggestions.closest(target, site.allNames(), 3);
            error(at, "no page or technique called '" + target + "' for [[" + target + "]]",
                    closest.isEmpty() ? "link to a title, slug or alias of a post or page, or to a technique" : Suggestions.didYouMean(closest));
            return Optional.empty();
        }
        List<String> described = candidates.stream().map(c -> c.kind() + " '" + c.title() + "' (" + c.url() + ")").toList();
        boolean oneTechnique = candidates.stream().filter(c -> c.kind().equals("technique")).count() == 1;
        error(at, "[[" + target + "]] could mean " + String.join(" or ", described),
                oneTechnique ? "write [[techniques/" + target + "]] for the technique, or use a post's slug" : "link by slug to say which one");
        return Optional.empty();
    }

    /**
     * The text as written ("anker", "Het Anker"), unless it was a slug or a taxonomy path
     * ("het-anker", "techniques/anker"): then the title.
     */
    private static String shownText(String written, SiteLinks.Target target) {
        boolean looksLikeSlug = !written.contains(" ") && written.contains("-")
                && !Slugs.fold(written).equals(Slugs.fold(target.title()));
        return written.contains("/") || looksLikeSlug ? target.title() : written;
    }

    private Optional<Heading> heading(SiteLinks.Target target, String anchor, Position at) {
        List<Heading> headings = site.headings(target.url());
        String folded = Slugs.fold(anchor);
        for (Heading heading : headings) {
            if (Slugs.fold(heading.text()).equals(folded) || heading.id().equals(anchor)) {
                return Optional.of(heading);
            }
        }
        List<String> closest = Suggestions.closest(anchor, headings.stream().map(Heading::text).toList(), 3);
        error(at, "no heading '" + anchor + "' in '" + target.title() + "'",
                closest.isEmpty()
                        ? (headings.isEmpty() ? "'" + target.title() + "' has no headings" : "its headings: "
                        + String.join(", ", headings.stream().map(Heading::text).toList()))
                        : "did you mean " + String.join(" or ", closest.stream().map(h -> "#" + h).toList()) + "?");
        return Optional.empty();
    }

    @Override
    public String url(String url, boolean image, Position at, String context) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return url;
        }
        int cut = firstOf(url, '#', '?');
        String path = url.substring(0, cut);
        String rest = url.substring(cut);
        if (path.endsWith(".md")) {
            return markdownFile(path, rest, at, context);
        }
        if (!path.startsWith("/")) {
            return relativeFile(path, rest, url, at);
        }
        String known = site.byUrl(path).isPresent() || !site.byUrl(path + "/").isPresent() ? path : path + "/";
        site.byUrl(known).filter(target -> !target.url().equals(page.url()))
                .ifPresent(target -> links.add(new OutgoingLink(target.url(), context)));
        if (site.byUrl(known).isEmpty()) {
            pathChecks.add(new PathCheck(page.sourcePath(), known, url, at));
        }
        return site.href(known) + rest;
    }

    /**
     * A file beside the page ("foto.jpg" in a post's folder): linked by its URL from the site root,
     * so it also shows where the page's summary or feed entry appears.
     */
    private String relativeFile(String path, String rest, String written, Position at) {
        if (path.isEmpty()) {
            return written;
        }
        String source = normalize(ContentPaths.folder(page.sourcePath()) + path);
        Optional<SiteLinks.Asset> asset = site.assetBySource(source);
        if (asset.isEmpty()) {
            java.util.Map<String, String> byName = new java.util.TreeMap<>();
            site.assetSources().stream().filter(known -> known.startsWith(ContentPaths.folder(page.sourcePath())))
                    .forEach(known -> byName.putIfAbsent(known.substring(known.lastIndexOf('/') + 1), known));
            List<String> closest = Suggestions.closest(path.substring(path.lastIndexOf('/') + 1), byName.keySet(), 2);
            error(at, "no file " + source + " (linked as " + written + ")",
                    closest.isEmpty() ? "put the file beside the post (content/posts/<slug>/index.md with the file next to it)"
                            : "did you mean " + String.join(" or ", closest) + "?");
            return written;
        }
        return site.href(asset.get().url()) + rest;
    }

    @Override
    public Optional<kist.content.ImageSize> imageSize(String resolvedUrl) {
        String root = site.href("/");
        String url = resolvedUrl.startsWith(root) ? "/" + resolvedUrl.substring(root.length()) : resolvedUrl;
        return site.assetByUrl(url).flatMap(SiteLinks.Asset::imageSize);
    }

    /** {@code other-post.md} or {@code ../techniques/anker.md}, relative to this file: the page made from it. */
    private String markdownFile(String path, String rest, Position at, String context) {
        String source = path.startsWith("/") ? "content" + path : normalize(ContentPaths.folder(page.sourcePath()) + path);
        Optional<Page> target = site.bySource(source);
        if (target.isEmpty()) {
            java.util.Map<String, String> byName = new java.util.TreeMap<>();
            site.sources().forEach(known -> byName.putIfAbsent(ContentPaths.baseName(known), known));
            List<String> closest = Suggestions.closest(ContentPaths.baseName(source), byName.keySet(), 2).stream()
                    .map(byName::get).toList();
            error(at, "no content file " + source + " (linked as " + path + ")",
                    closest.isEmpty() ? "link to a Markdown file under content/" : "did you mean " + String.join(" or ", closest) + "?");
            return path + rest;
        }
        if (!target.get().url().equals(page.url())) {
            links.add(new OutgoingLink(target.get().url(), context));
        }
        return site.href(target.get().url()) + rest;
    }

    @Override
    public Mentions mentions() {
        return page.frontMatter().autolink() ? site.techniques() : Mentions.NONE;
    }

    @Override
    public Mentions titles() {
        return site.titles();
    }

    @Override
    public Optional<String> ownHref() {
        return Optional.of(site.href(page.url()));
    }

    @Override
    public void suggest(MentionTarget target, Position at) {
        diagnostics.add(new Diagnostic(kist.diag.Severity.SUGGESTION, page.sourcePath(), at.line(), at.column(),
                "'" + target.name() + "' could link to that post", "write [[" + target.name() + "]]"));
    }

    private void error(Position at, String message, String hint) {
        diagnostics.add(Diagnostic.error(page.sourcePath(), at.line(), at.column(), message, hint));
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? (j < 0 ? text.length() : j) : (j < 0 ? i : Math.min(i, j));
    }

    /** Resolves "." and ".." in a '/'-separated relative path; a path that climbs out stays as it is. */
    private static String normalize(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return path;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
