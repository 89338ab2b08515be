package kist.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kist.content.Page;
import kist.content.PageKind;
import kist.content.SiteIndex;
import kist.content.Slugs;
import kist.content.Taxonomies;
import kist.content.Term;
import kist.content.TermIndexer;

/**
 * Everything a link can point at, indexed once per build: pages by title, slug and alias,
 * techniques by name and alias, every page's headings, and every path the site will have.
 * {@link #forPage} gives each page its own {@link PageLinks}.
 */
public final class SiteLinks {
    /** A page or term a wikilink can name. */
    record Target(String url, String title, String kind) {
    }

    private final String rootPath;
    private final Taxonomies taxonomies;
    private final Map<String, List<Heading>> headingsByUrl;
    private final Map<String, Page> pagesBySource;
    private final Map<String, Asset> assetsBySource = new HashMap<>();
    private final Map<String, Asset> assetsByUrl = new HashMap<>();

    /** A file copied from content/ into the site. */
    public record Asset(String sourcePath, String url, java.util.Optional<kist.content.ImageSize> imageSize) {
    }
    private final Map<String, Map<String, Target>> byName = new HashMap<>();
    private final Map<String, Target> byUrl = new HashMap<>();
    private final Set<String> allNames = new TreeSet<>();
    private final Mentions techniques;
    private final Mentions titles;

    /**
     * @param headingsByUrl the headings of every page and description page, by URL
     */
    /**
     * @param assets every file under content/ that is copied into the site: its source path
     *               ("content/posts/x/foto.jpg") and the URL it gets, with its size when it is an image
     */
    public SiteLinks(String rootPath, SiteIndex index, Taxonomies taxonomies, Map<String, List<Heading>> headingsByUrl,
                     List<Asset> assets) {
        this.rootPath = rootPath;
        this.taxonomies = taxonomies;
        this.headingsByUrl = Map.copyOf(headingsByUrl);
        this.pagesBySource = new HashMap<>();
        assets.forEach(asset -> {
            assetsBySource.put(asset.sourcePath(), asset);
            assetsByUrl.put(asset.url(), asset);
        });
        List<MentionTarget> mentionTargets = new ArrayList<>();
        List<MentionTarget> titleTargets = new ArrayList<>();
        for (Page page : index.byUrl().values()) {
            pagesBySource.put(page.sourcePath(), page);
            Target target = new Target(page.url(), page.title(), page.kind() == PageKind.POST ? "post" : "page");
            byUrl.put(page.url(), target);
            name(page.title(), target);
            name(page.slug(), target, false);
            page.frontMatter().aliases().forEach(alias -> name(alias, target));
            if (page.kind() == PageKind.POST && page.title().strip().contains(" ")) {
                titleTargets.add(new MentionTarget(page.title(), href(page.url()), page.url()));
            }
        }
        for (Term term : taxonomies.terms(TermIndexer.TECHNIQUES)) {
            Target target = new Target(term.url(), term.name(), "technique");
            byUrl.put(term.url(), target);
            term.description().ifPresent(page -> pagesBySource.put(page.sourcePath(), page));
            for (String name : names(term)) {
                name(name, target);
                mentionTargets.add(new MentionTarget(name, href(term.url()), term.url()));
            }
        }
        for (Term tag : taxonomies.terms("tags")) {
            byUrl.putIfAbsent(tag.url(), new Target(tag.url(), tag.name(), "tag"));
        }
        this.techniques = new Mentions(mentionTargets);
        this.titles = new Mentions(titleTargets);
    }

    private static List<String> names(Term term) {
        List<String> names = new ArrayList<>();
        names.add(term.name());
        names.add(term.title());
        names.addAll(term.aliases());
        return names;
    }

    private void name(String name, Target target) {
        name(name, target, true);
    }

    /** @param suggestible whether "did you mean" may offer it (a title or alias, not a slug) */
    private void name(String name, Target target, boolean suggestible) {
        String folded = Slugs.fold(name.strip());
        if (!folded.isEmpty()) {
            byName.computeIfAbsent(folded, key -> new LinkedHashMap<>()).putIfAbsent(target.url(), target);
            if (suggestible) {
                allNames.add(name.strip());
            }
        }
    }

    public PageLinks forPage(Page page) {
        return new PageLinks(this, page);
    }

    String href(String url) {
        return rootPath + url.substring(1);
    }

    Collection<Target> named(String name) {
        return byName.getOrDefault(Slugs.fold(name.strip()), Map.of()).values();
    }

    java.util.Optional<Target> term(String taxonomy, String name) {
        return taxonomies.find(taxonomy, name).map(term -> byUrl.getOrDefault(term.url(), new Target(term.url(), term.name(), taxonomy)));
    }

    Collection<String> termNames(String taxonomy) {
        return taxonomies.terms(taxonomy).stream().map(Term::name).toList();
    }

    Set<String> allNames() {
        return allNames;
    }

    List<Heading> headings(String url) {
        return headingsByUrl.getOrDefault(url, List.of());
    }

    java.util.Optional<Page> bySource(String sourcePath) {
        return java.util.Optional.ofNullable(pagesBySource.get(sourcePath));
    }

    java.util.Optional<Asset> assetBySource(String sourcePath) {
        return java.util.Optional.ofNullable(assetsBySource.get(sourcePath));
    }

    java.util.Optional<Asset> assetByUrl(String url) {
        return java.util.Optional.ofNullable(assetsByUrl.get(url));
    }

    Set<String> assetSources() {
        return assetsBySource.keySet();
    }

    Set<String> sources() {
        return pagesBySource.keySet();
    }

    java.util.Optional<Target> byUrl(String url) {
        return java.util.Optional.ofNullable(byUrl.get(url));
    }

    Mentions techniques() {
        return techniques;
    }

    Mentions titles() {
        return titles;
    }
}
