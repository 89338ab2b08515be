package kist.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import kist.config.SiteConfig;
import kist.content.Permalinks;
import kist.content.Slugs;
import kist.diag.Diagnostic;

/**
 * Turns a parsed export into the files of a kist site: pure, so the same export and site give
 * the same files, byte for byte. Pictures to download are fetched before (see
 * {@link #picturesToFetch}) and handed in.
 */
final class ImportPlanner {
    private static final Comparator<BloggerEntry> PUBLICATION_ORDER = Comparator
            .comparing((BloggerEntry e) -> e.published().toInstant()).thenComparing(BloggerEntry::id);
    private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://[^\\s)\"'<>]+");
    private static final String LABEL_PATH = "/search/label/";
    static final String OLD_FEED = "/feeds/posts/default";

    private final BloggerExport export;
    private final ImportTarget target;
    private final Predicate<String> pictureHosts;
    private final Map<String, Picture> pictures;
    private final HtmlToMarkdown converter = new HtmlToMarkdown();
    private final FrontMatterYaml yaml = new FrontMatterYaml();
    private final Set<String> blogHosts = new HashSet<>();
    private final Set<String> blogspotNames = new HashSet<>();
    private final Map<String, String> newUrlOfOldPath = new HashMap<>();
    private final Map<String, String> labelTargets = new TreeMap<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    /** A downloaded picture: its bytes and the file extension its content shows. */
    record Picture(byte[] bytes, String extension) {
    }

    private record Placed(BloggerEntry entry, String slug, String url, boolean post) {
    }

    private ImportPlanner(BloggerExport export, ImportTarget target, Predicate<String> pictureHosts, Map<String, Picture> pictures) {
        this.export = export;
        this.target = target;
        this.pictureHosts = pictureHosts;
        this.pictures = pictures;
    }

    /**
     * @param pictures downloaded pictures by address; empty when pictures keep their addresses
     */
    static ImportPlan plan(BloggerExport export, ImportTarget target, Predicate<String> pictureHosts, Map<String, Picture> pictures) {
        return new ImportPlanner(export, target, pictureHosts, pictures).plan();
    }

    /** The addresses of Blogger-hosted pictures in posts and pages (and the links around them), sorted. */
    static Set<String> picturesToFetch(BloggerExport export, Predicate<String> pictureHosts) {
        Set<String> urls = new TreeSet<>();
        for (BloggerEntry entry : export.entries()) {
            if (entry.kind() == BloggerEntry.Kind.POST || entry.kind() == BloggerEntry.Kind.PAGE) {
                Element body = Jsoup.parseBodyFragment(entry.html()).body();
                body.select("img[src]").forEach(img -> candidatePicture(img.attr("src"), pictureHosts).ifPresent(urls::add));
                body.select("a[href] > img").forEach(img -> candidatePicture(img.parent().attr("href"), pictureHosts)
                        .filter(ImportPlanner::looksLikePicture).ifPresent(urls::add));
            }
        }
        return urls;
    }

    private static Optional<String> candidatePicture(String url, Predicate<String> pictureHosts) {
        String absolute = url.startsWith("//") ? "https:" + url : url;
        return BloggerHosts.host(absolute).filter(pictureHosts).map(host -> absolute);
    }

    /** Blogger links a picture to its large version; an .html link is a page, not a picture. */
    private static boolean looksLikePicture(String url) {
        String path = BloggerXml.pathOf(url).toLowerCase(Locale.ROOT);
        return !path.endsWith(".html") && !path.endsWith("/");
    }

    private ImportPlan plan() {
        SiteConfig config = target.config();
        List<BloggerEntry> posts = sorted(BloggerEntry.Kind.POST);
        List<BloggerEntry> pages = sorted(BloggerEntry.Kind.PAGE);
        export.blogUrl().flatMap(BloggerHosts::host).ifPresent(this::addBlogHost);
        List<Placed> placed = new ArrayList<>();
        placed.addAll(place(posts, true, config.permalinks().posts()));
        placed.addAll(place(pages, false, config.permalinks().pages()));
        for (Placed one : placed) {
            one.entry().url().flatMap(BloggerHosts::host).ifPresent(this::addBlogHost);
            if (!one.entry().draft()) {
                one.entry().path().ifPresent(path -> newUrlOfOldPath.put(path, one.url()));
            }
        }
        Set<String> labels = new TreeSet<>();
        for (Placed one : placed) {
            for (String label : one.entry().labels()) {
                labels.add(Slugs.fold(label));
                labelTargets.putIfAbsent(label, labelTarget(label));
            }
        }
        Map<String, List<Map<String, Object>>> comments = new CommentThreads(export.entries()).byPost();
        List<ImportPlan.PlannedFile> files = new ArrayList<>();
        int onOldHost = 0;
        int commentCount = 0;
        for (Placed one : placed) {
            Written written = write(one, comments.getOrDefault(one.entry().id(), List.of()));
            files.addAll(written.files());
            onOldHost += written.onOldHost() ? 1 : 0;
        }
        for (BloggerEntry entry : export.entries()) {
            if (entry.kind() == BloggerEntry.Kind.COMMENT) {
                commentCount++;
            }
        }
        Map<String, String> redirects = redirects(placed);
        RedirectsEditor.Edit edit = RedirectsEditor.merge(target.configText(), config.redirects(), redirects);
        edit.problem().ifPresent(problem -> warnings.add(Diagnostic.warning("kist.yaml", edit.line(), 1, problem,
                "add these under redirects: yourself:\n" + RedirectsEditor.entries(redirects, "    "))));
        files.sort(Comparator.comparing(ImportPlan.PlannedFile::path));
        int drafts = (int) posts.stream().filter(BloggerEntry::draft).count();
        ImportPlan.Counts counts = new ImportPlan.Counts(posts.size() - drafts, drafts, pages.size(),
                commentCount, labels.size(), onOldHost, edit.added());
        return new ImportPlan(files, edit.text(), counts, warnings);
    }

    private List<BloggerEntry> sorted(BloggerEntry.Kind kind) {
        return export.entries().stream().filter(e -> e.kind() == kind).sorted(PUBLICATION_ORDER).toList();
    }

    private void addBlogHost(String host) {
        blogHosts.add(host);
        blogHosts.add(host.startsWith("www.") ? host.substring(4) : "www." + host);
        Matcher blogspot = Pattern.compile("^([^.]+)\\.blogspot\\.").matcher(host);
        if (blogspot.find()) {
            blogspotNames.add(blogspot.group(1));
        }
    }

    private boolean isBlogHost(String host) {
        if (blogHosts.contains(host)) {
            return true;
        }
        Matcher blogspot = Pattern.compile("^([^.]+)\\.blogspot\\.").matcher(host);
        return blogspot.find() && blogspotNames.contains(blogspot.group(1));
    }

    /** Slugs from the old address (drafts have none: from the title); -2, -3 in publication order. */
    private List<Placed> place(List<BloggerEntry> entries, boolean post, String pattern) {
        Set<String> taken = new HashSet<>();
        List<Placed> placed = new ArrayList<>();
        for (BloggerEntry entry : entries) {
            String fromPath = entry.path().map(path -> path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.html?$", ""))
                    .map(ImportPlanner::decode).map(Slugs::slugify).orElse("");
            String base = fromPath.isEmpty() ? Slugs.slugifyOrFallback(entry.title(), post ? "post-" : "page-", entry.id()) : fromPath;
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            placed.add(new Placed(entry, slug, Permalinks.expand(pattern, slug, entry.published().toLocalDate()), post));
        }
        return placed;
    }

    private String labelTarget(String label) {
        ImportTarget.Technique technique = target.techniques().get(Slugs.fold(label));
        if (technique != null) {
            return technique.url();
        }
        String folded = Slugs.fold(label);
        return target.config().taxonomy("tags").path() + Slugs.slugifyOrFallback(label, "term-", "tags/" + folded) + "/";
    }

    private record Written(List<ImportPlan.PlannedFile> files, boolean onOldHost) {
    }

    private Written write(Placed one, List<Map<String, Object>> comments) {
        BloggerEntry entry = one.entry();
        Element body = Jsoup.parseBodyFragment(entry.html()).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        body.select("a[href]").forEach(a -> rewriteLink(a.attr("href")).ifPresent(href -> a.attr("href", href)));
        Map<String, String> localNames = new LinkedHashMap<>();
        List<ImportPlan.PlannedFile> files = new ArrayList<>();
        String folder = (one.post() ? "content/posts/" : "content/pages/") + one.slug();
        if (!pictures.isEmpty()) {
            for (Element img : body.select("img[src]")) {
                localPicture(img.attr("src"), localNames, folder, files).ifPresent(name -> img.attr("src", name));
                if (img.parent() != null && img.parent().tagName().equals("a")) {
                    Element link = img.parent();
                    localPicture(link.attr("href"), localNames, folder, files).ifPresent(name -> link.attr("href", name));
                }
            }
        }
        String markdown = converter.convert(body);
        boolean onOldHost = false;
        Matcher urls = ABSOLUTE_URL.matcher(markdown);
        while (urls.find() && !onOldHost) {
            onOldHost = BloggerHosts.host(urls.group()).filter(host -> isBlogHost(host) || pictureHosts.test(host)).isPresent();
        }
        String path = files.isEmpty() ? folder + ".md" : folder + "/index.md";
        byte[] text = (yaml.frontMatter(frontMatter(one, comments)) + "\n" + markdown).getBytes(StandardCharsets.UTF_8);
        files.add(new ImportPlan.PlannedFile(path, text));
        return new Written(files, onOldHost);
    }

    private Optional<String> localPicture(String src, Map<String, String> localNames, String folder,
                                          List<ImportPlan.PlannedFile> files) {
        String url = src.startsWith("//") ? "https:" + src : src;
        Picture picture = pictures.get(url);
        if (picture == null) {
            return Optional.empty();
        }
        String known = localNames.get(url);
        if (known != null) {
            return Optional.of(known);
        }
        String last = decode(BloggerXml.pathOf(url).replaceFirst(".*/", ""));
        // newer Blogger addresses end in an opaque key ("AVvXsEh…=s1600"), not a file name
        boolean named = last.matches(".+\\.[A-Za-z0-9]{2,5}");
        String base = named ? Slugs.slugify(last.replaceFirst("\\.[A-Za-z0-9]{2,5}$", "")) : "";
        base = base.isEmpty() || base.length() > 60 ? "picture" : base;
        String name = base + "." + picture.extension();
        for (int n = 2; localNames.containsValue(name); n++) {
            name = base + "-" + n + "." + picture.extension();
        }
        localNames.put(url, name);
        files.add(new ImportPlan.PlannedFile(folder + "/" + name, picture.bytes()));
        return Optional.of(name);
    }

    /** An imported page's new address, a label's page, or an address of the old blog made absolute. */
    private Optional<String> rewriteLink(String href) {
        String trimmed = href.strip();
        boolean rootRelative = trimmed.startsWith("/") && !trimmed.startsWith("//");
        String absolute = trimmed.startsWith("//") ? "https:" + trimmed : trimmed;
        boolean ours = rootRelative || BloggerHosts.host(absolute).filter(this::isBlogHost).isPresent();
        if (!ours) {
            return Optional.empty();
        }
        String path = BloggerXml.pathOf(absolute);
        int hash = trimmed.indexOf('#');
        String fragment = hash >= 0 ? trimmed.substring(hash) : "";
        String newUrl = newUrlOfOldPath.get(path);
        if (newUrl != null) {
            return Optional.of(newUrl + (fragment.startsWith("#comment") ? "" : fragment));
        }
        if (path.startsWith(LABEL_PATH)) {
            String label = decode(path.substring(LABEL_PATH.length()));
            Optional<String> found = labelTargets.entrySet().stream()
                    .filter(e -> Slugs.fold(e.getKey()).equals(Slugs.fold(label))).map(Map.Entry::getValue).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        // left pointing at the old blog: a path of this site would be checked, and fail, at every build
        if (rootRelative) {
            return export.blogUrl().filter(url -> url.startsWith("http"))
                    .map(url -> url.replaceFirst("/+$", "") + trimmed);
        }
        return Optional.empty();
    }

    private Map<String, Object> frontMatter(Placed one, List<Map<String, Object>> comments) {
        BloggerEntry entry = one.entry();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", entry.title().isBlank() ? one.slug() : entry.title());
        fields.put("date", iso(entry.published()));
        entry.updated().filter(updated -> updated.truncatedTo(ChronoUnit.SECONDS).isAfter(entry.published().truncatedTo(ChronoUnit.SECONDS)))
                .ifPresent(updated -> fields.put("updated", iso(updated)));
        if (entry.draft()) {
            fields.put("draft", true);
        }
        Set<String> techniques = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        if (one.post()) {
            for (String label : entry.labels()) {
                ImportTarget.Technique technique = target.techniques().get(Slugs.fold(label));
                if (technique != null) {
                    techniques.add(technique.name());
                } else {
                    tags.add(label);
                }
            }
        }
        if (!techniques.isEmpty()) {
            fields.put("techniques", List.copyOf(techniques));
        }
        if (!tags.isEmpty()) {
            fields.put("tags", List.copyOf(tags));
        }
        if (!entry.draft()) {
            entry.path().filter(path -> !path.equals("/") && kist.content.UrlPaths.isSafe(path))
                    .ifPresent(path -> fields.put("aliases", List.of(path)));
        }
        Map<String, Object> blogger = new LinkedHashMap<>();
        entry.url().ifPresent(url -> blogger.put("url", url));
        blogger.put("id", entry.id());
        fields.put("blogger", blogger);
        if (!comments.isEmpty()) {
            fields.put("comments", comments);
        }
        return fields;
    }

    static String iso(OffsetDateTime moment) {
        return moment.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Label pages go to their tag's (or technique's) page; the old feed to the new one, when there is one. */
    private Map<String, String> redirects(List<Placed> placed) {
        Map<String, String> redirects = new TreeMap<>();
        for (Placed one : placed) {
            if (one.post() && !one.entry().draft()) {
                for (String label : one.entry().labels()) {
                    redirects.putIfAbsent(LABEL_PATH + encode(label), labelTargets.get(label));
                }
            }
        }
        if (target.config().baseUrl().isAbsolute()) {
            redirects.put(OLD_FEED, "/feed.xml");
        }
        return redirects;
    }

    /** Percent-encodes a path segment as Blogger writes label addresses ("sales tips" → "sales%20tips"). */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a stray '%' is part of the name, not an escape
        }
    }

    /** Comments as front matter: per post, oldest first, each with its replies nested. */
    private static final class CommentThreads {
        private final Map<String, BloggerEntry> byId = new HashMap<>();
        private final Map<String, BloggerEntry> byNumber = new HashMap<>();
        private final Map<String, List<BloggerEntry>> replies = new HashMap<>();
        private final Map<String, List<BloggerEntry>> roots = new HashMap<>();

        CommentThreads(List<BloggerEntry> entries) {
            List<BloggerEntry> comments = entries.stream().filter(e -> e.kind() == BloggerEntry.Kind.COMMENT)
                    .sorted(PUBLICATION_ORDER).toList();
            comments.forEach(c -> {
                byId.put(c.id(), c);
                byNumber.put(c.number(), c);
            });
            for (BloggerEntry comment : comments) {
                Optional<BloggerEntry> parent = parentComment(comment);
                if (parent.isPresent()) {
                    replies.computeIfAbsent(parent.get().id(), id -> new ArrayList<>()).add(comment);
                } else {
                    comment.postRef().ifPresent(post -> roots.computeIfAbsent(post, id -> new ArrayList<>()).add(comment));
                }
            }
        }

        private Optional<BloggerEntry> parentComment(BloggerEntry comment) {
            return comment.commentRef().map(ref -> byNumber.getOrDefault(ref, byId.get(ref)))
                    .or(() -> comment.postRef().map(byId::get))
                    .filter(parent -> parent != comment);
        }

        Map<String, List<Map<String, Object>>> byPost() {
            Map<String, List<Map<String, Object>>> threads = new HashMap<>();
            roots.forEach((post, comments) -> threads.put(post, comments.stream().map(c -> thread(c, 0)).toList()));
            return threads;
        }

        private Map<String, Object> thread(BloggerEntry comment, int depth) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("author", comment.author().isBlank() ? "Anonymous" : comment.author());
            fields.put("date", iso(comment.published()));
            fields.put("text", plainText(comment.html()));
            List<BloggerEntry> answers = depth < 20 ? replies.getOrDefault(comment.id(), List.of()) : List.of();
            if (!answers.isEmpty()) {
                fields.put("replies", answers.stream().map(answer -> thread(answer, depth + 1)).toList());
            }
            return fields;
        }
    }

    /** A comment's HTML as plain text: lines and paragraphs kept, markup and entities gone. */
    static String plainText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        body.select("p, div, blockquote, li").forEach(block -> block.after(new TextNode("\n\n")));
        String text = body.wholeText().replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.strip().replaceAll("[ \\t]+", " ")).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
