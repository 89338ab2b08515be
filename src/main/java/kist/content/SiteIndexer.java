package kist.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kist.cache.Reuse;
import kist.config.SiteConfig;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;

/** Places parsed documents at their URLs: slugs, permalinks, drafts and future posts, collisions. */
public final class SiteIndexer {
    /** "2007-10-03-" before a file name: Jekyll's way of dating a post, left out of its slug. */
    private static final java.util.regex.Pattern DATE_PREFIX = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    /** Posts newest first; posts of one moment by URL, so that the order never depends on the file system. */
    public static List<Page> newestFirst(List<Page> posts) {
        return newestFirst(posts, Reuse.never());
    }

    /** As {@link #newestFirst(List)}; the order is kept while every post's moment and URL are the same (kist serve). */
    private static List<Page> newestFirst(List<Page> posts, Reuse reuse) {
        return Ordering.arranged(posts, reuse.get("post order",
                posts.stream().map(page -> new Dated(page.frontMatter().date(), page.url())).toList(),
                dated -> Ordering.positions(dated, Dated::newness, NEWEST)));
    }

    /** What a post's place in the order is made from, compared as it is (the date's instant is worked out to sort). */
    private record Dated(Optional<FrontMatter.PublishDate> date, String url) {
        Newness newness() {
            return new Newness(date.map(FrontMatter.PublishDate::instant).orElse(Instant.EPOCH), url);
        }
    }

    private record Newness(Instant instant, String url) {
    }

    private record Address(String url, String sourcePath) {
    }

    private static final Comparator<Address> BY_ADDRESS = Comparator.comparing(Address::url).thenComparing(Address::sourcePath);

    private static final Comparator<Newness> NEWEST = Comparator.comparing(Newness::instant).reversed().thenComparing(Newness::url);

    /** What a build includes besides published content. */
    public record Selection(boolean drafts, boolean future, Instant now) {
    }

    private SiteIndexer() {
    }

    public static Outcome<SiteIndex> index(SiteConfig config, List<Document> posts, List<Document> pages, Selection selection) {
        return index(config, posts, pages, selection, Reuse.never());
    }

    /** @param reuse the places of the previous build, for documents whose front matter and file stayed the same */
    public static Outcome<SiteIndex> index(SiteConfig config, List<Document> posts, List<Document> pages, Selection selection,
                                           Reuse reuse) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Page> placedPosts = placed(PageKind.POST, posts, config.permalinks().posts(), selection, problems, reuse);
        List<Page> placedPages = placed(PageKind.PAGE, pages, config.permalinks().pages(), selection, problems, reuse);
        List<Page> all = new ArrayList<>(placedPosts);
        all.addAll(placedPages);
        // by URL, and pages of one URL by file: the first keeps it, whatever order the files came in
        int[] byAddress = reuse.get("page order", all.stream().map(page -> new Address(page.url(), page.sourcePath())).toList(),
                addresses -> Ordering.positions(addresses, address -> address, BY_ADDRESS));
        Map<String, Page> byUrl = new LinkedHashMap<>();
        Page holder = null;
        for (int at : byAddress) {
            Page page = all.get(at);
            if (holder != null && holder.url().equals(page.url())) {
                problems.add(Diagnostic.error(page.sourcePath(), 1, 1,
                        "URL " + page.url() + " is also the URL of " + holder.sourcePath(),
                        "give one of them another slug: slug: " + page.slug() + "-2"));
            } else {
                holder = page;
                byUrl.put(page.url(), page);
            }
        }
        SiteIndex index = new SiteIndex(newestFirst(placedPosts, reuse), Ordering.byKey(placedPages, Page::url, Comparator.naturalOrder()),
                byUrl);
        return problems.stream().anyMatch(Diagnostic::isError) ? Outcome.failed(problems) : Outcome.of(index, problems);
    }

    private static boolean isIncluded(Document document, Selection selection) {
        FrontMatter fm = document.frontMatter();
        if (fm.draft() && !selection.drafts()) {
            return false;
        }
        return selection.future() || fm.date().map(date -> !date.instant().isAfter(selection.now())).orElse(true);
    }

    /** The included documents placed (in parallel), in their order; their problems added to {@code problems} in that order. */
    private static List<Page> placed(PageKind kind, List<Document> documents, String pattern, Selection selection,
                                     List<Diagnostic> problems, Reuse reuse) {
        List<Document> included = documents.stream().filter(document -> isIncluded(document, selection)).toList();
        List<Outcome<Place>> places = reuse.each("place of " + kind, included, document -> document.source().path(),
                document -> new Placing(kind, pattern, document.source().path(), document.frontMatter()),
                (document, placing) -> place(placing));
        List<Page> pages = new ArrayList<>(places.size());
        for (int i = 0; i < places.size(); i++) {
            Document document = included.get(i);
            problems.addAll(places.get(i).diagnostics());
            places.get(i).value().ifPresent(at -> pages.add(new Page(kind, document, at.slug(), at.url(), at.outputPath())));
        }
        return pages;
    }

    /** What a page's place is made from: its kind, the permalink pattern, its file and its front matter. */
    private record Placing(PageKind kind, String pattern, String path, FrontMatter frontMatter) {
    }

    private record Place(String slug, String url, String outputPath) {
    }

    private static Outcome<Place> place(Placing placing) {
        PageKind kind = placing.kind();
        String pattern = placing.pattern();
        FrontMatter fm = placing.frontMatter();
        String path = placing.path();
        List<Diagnostic> problems = new ArrayList<>();
        String fileName = DATE_PREFIX.matcher(ContentPaths.baseName(path)).replaceFirst("");
        String slug = fm.slug().orElseGet(() ->
                Slugs.slugifyOrFallback(fileName, kind == PageKind.POST ? "post-" : "page-", path));
        boolean needsDate = pattern.contains(":year") || pattern.contains(":month") || pattern.contains(":day");
        if (needsDate && fm.date().isEmpty()) {
            problems.add(Diagnostic.error(path, 1, 1, "the permalink " + pattern + " needs a date",
                    "add date: to the front matter, or change permalinks in kist.yaml"));
            return Outcome.failed(problems);
        }
        String url = Permalinks.expand(pattern, slug, fm.date().map(FrontMatter.PublishDate::day).orElse(LocalDate.EPOCH));
        Optional<String> outputPath = UrlPaths.outputPath(url);
        if (outputPath.isEmpty()) {
            Position at = fm.positionOf("slug");
            problems.add(Diagnostic.error(path, at.line(), at.column(), "URL " + url + " would leave the site folder",
                    "use a slug of letters, digits and hyphens"));
            return Outcome.failed(problems);
        }
        boolean aliasesSafe = true;
        for (String alias : fm.aliases()) {
            if (!UrlPaths.isSafe(alias)) {
                Position at = fm.positionOf("aliases");
                problems.add(Diagnostic.error(path, at.line(), at.column(),
                        "alias '" + alias + "' is not a path inside the site",
                        "write an alias as a path from the site root, e.g. /2007/10/find-your-why-and-fly.html"));
                aliasesSafe = false;
            }
        }
        return aliasesSafe ? Outcome.of(new Place(slug, url, outputPath.get()), problems) : Outcome.failed(problems);
    }
}
