package kist.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kist.config.SiteConfig;
import kist.content.FrontMatter;
import kist.content.Page;
import kist.content.PageKind;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.output.OutputFile;

/**
 * Turns rendered pages into the site's HTML files through the theme's templates: a page per post
 * and standalone page, the paginated home page, the 404 page. Each output is a function of the
 * view model it is rendered from.
 */
public final class SiteRenderer {
    private static final int WORDS_PER_MINUTE = 200;

    private final SiteConfig config;
    private final Theme theme;
    private final Site site;

    public SiteRenderer(SiteConfig config, Theme theme, List<Page> posts) {
        this.config = config;
        this.theme = theme;
        Optional<Integer> firstYear = posts.stream().flatMap(p -> p.day().stream()).map(d -> d.getYear()).min(Integer::compare);
        Optional<Integer> lastYear = posts.stream().flatMap(p -> p.day().stream()).map(d -> d.getYear()).max(Integer::compare);
        this.site = new Site(config.title(), config.description(), config.language(), config.baseUrl().toString(),
                config.rootPath(), config.author(), config.menu(), theme.strings(), config.params(), firstYear, lastYear);
    }

    public Site site() {
        return site;
    }

    /** All HTML outputs; {@code posts} newest first. */
    public Outcome<List<OutputFile>> render(List<RenderedPage> posts, List<RenderedPage> pages) {
        Map<Page, PostSummary> summaries = posts.stream()
                .collect(Collectors.toMap(RenderedPage::page, this::summary, (a, b) -> a, java.util.LinkedHashMap::new));
        List<PostSummary> newestFirst = new ArrayList<>(summaries.values());
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            RenderedPage post = posts.get(i);
            Optional<PostSummary> newer = i > 0 ? Optional.of(newestFirst.get(i - 1)) : Optional.empty();
            Optional<PostSummary> older = i + 1 < posts.size() ? Optional.of(newestFirst.get(i + 1)) : Optional.empty();
            jobs.add(new Job(post.page().outputPath(), post.page().sourcePath(), "post.jte",
                    postPage(post, summaries.get(post.page()), newer, older)));
        }
        for (RenderedPage page : pages) {
            jobs.add(new Job(page.page().outputPath(), page.page().sourcePath(), "page.jte", standalonePage(page)));
        }
        jobs.addAll(homePages(newestFirst));
        jobs.add(new Job("404.html", "404 page", "404.jte",
                new NotFoundPage(site, new Head(site.t("notFound.title"), config.description(), "/404.html", false))));
        List<Outcome<OutputFile>> rendered = jobs.parallelStream().map(this::run).toList();
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

    private Outcome<OutputFile> run(Job job) {
        Outcome<String> html = theme.render(job.template(), job.model());
        return html.value()
                .map(text -> Outcome.<OutputFile>of(new OutputFile.Generated(job.outputPath(),
                        text.getBytes(StandardCharsets.UTF_8), job.origin()), html.diagnostics()))
                .orElseGet(() -> Outcome.failed(html.diagnostics()));
    }

    private List<Job> homePages(List<PostSummary> newestFirst) {
        int perPage = config.paginate();
        int count = Math.max(1, (newestFirst.size() + perPage - 1) / perPage);
        Function<Integer, String> pathOf = number -> number == 1 ? "/" : "/page/" + number + "/";
        List<Job> jobs = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            List<PostSummary> slice = newestFirst.subList((number - 1) * perPage, Math.min(number * perPage, newestFirst.size()));
            Pagination pagination = new Pagination(number, count,
                    number > 1 ? Optional.of(pathOf.apply(number - 1)) : Optional.empty(),
                    number < count ? Optional.of(pathOf.apply(number + 1)) : Optional.empty());
            String path = pathOf.apply(number);
            String title = number == 1 ? config.title() : site.t("pagination.page", number, count) + " – " + config.title();
            Head head = new Head(title, config.description(), path, number == 1);
            String output = number == 1 ? "index.html" : "page/" + number + "/index.html";
            jobs.add(new Job(output, "home page", "list.jte", new ListPage(site, head, config.title(), slice, pagination)));
        }
        return jobs;
    }

    private PostPage postPage(RenderedPage rendered, PostSummary summary, Optional<PostSummary> newer, Optional<PostSummary> older) {
        FrontMatter fm = rendered.page().frontMatter();
        int words = wordCount(rendered.markdown().plainText());
        Head head = new Head(fm.title(), description(rendered), rendered.page().url(), false);
        return new PostPage(site, head, summary, fm.updated().map(FrontMatter.PublishDate::day),
                new Html(rendered.markdown().html()), new Html(rendered.markdown().tocHtml()),
                words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), newer, older, fm.extra());
    }

    private StandalonePage standalonePage(RenderedPage rendered) {
        FrontMatter fm = rendered.page().frontMatter();
        Head head = new Head(fm.title(), description(rendered), rendered.page().url(), false);
        return new StandalonePage(site, head, fm.title(), new Html(rendered.markdown().html()),
                new Html(rendered.markdown().tocHtml()), fm.extra());
    }

    private PostSummary summary(RenderedPage rendered) {
        Page page = rendered.page();
        FrontMatter fm = page.frontMatter();
        Html summary = fm.summary().map(Html::paragraph).orElseGet(() -> new Html(rendered.markdown().summaryHtml()));
        boolean hasMore = rendered.markdown().summaryFromMoreMarker()
                || !rendered.markdown().html().strip().equals(rendered.markdown().summaryHtml().strip());
        if (page.kind() != PageKind.POST || page.day().isEmpty()) {
            throw new IllegalArgumentException("not a dated post: " + page.sourcePath());
        }
        return new PostSummary(fm.title(), page.url(), page.day().get(), summary, hasMore, fm.techniques(), fm.tags(), fm.image());
    }

    /** The page's description for search engines: its summary as plain text. */
    private String description(RenderedPage rendered) {
        return rendered.page().frontMatter().summary()
                .orElseGet(() -> org.jsoup.Jsoup.parseBodyFragment(rendered.markdown().summaryHtml()).text());
    }

    static int wordCount(String plainText) {
        String trimmed = plainText.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
