package kist.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kist.config.SiteConfig;
import kist.output.Json;
import kist.content.FrontMatter;
import kist.content.Page;

/** What link previews show of a page: Open Graph and Twitter values, and schema.org JSON-LD. */
final class Sharing {
    private final SiteConfig config;
    private final Site site;

    Sharing(SiteConfig config, Site site) {
        this.config = config;
        this.site = site;
    }

    Head.Sharing website() {
        Map<String, Object> data = context("WebSite");
        data.put("name", config.title());
        data.put("url", site.absoluteUrl("/"));
        if (!config.description().isBlank()) {
            data.put("description", config.description());
        }
        data.put("inLanguage", config.language());
        return new Head.Sharing("website", config.image().map(this::absolute), Optional.empty(), Optional.empty(),
                Optional.of(new Html(Json.write(data))));
    }

    Head.Sharing post(Page post, String description, List<TermLink> techniques, List<TermLink> tags) {
        FrontMatter fm = post.frontMatter();
        Optional<String> image = fm.image().map(path -> relativeTo(post.url(), path)).or(() -> config.image().map(this::absolute));
        Optional<String> published = fm.date().map(Sharing::iso);
        Optional<String> modified = fm.updated().map(Sharing::iso);
        Map<String, Object> data = context("BlogPosting");
        data.put("headline", fm.title());
        if (!description.isBlank()) {
            data.put("description", description);
        }
        data.put("url", site.absoluteUrl(post.url()));
        data.put("mainEntityOfPage", site.absoluteUrl(post.url()));
        published.ifPresent(date -> data.put("datePublished", date));
        data.put("dateModified", modified.or(() -> published).orElse(""));
        data.put("author", person());
        image.ifPresent(url -> data.put("image", url));
        List<String> keywords = new ArrayList<>();
        techniques.forEach(term -> keywords.add(term.name()));
        tags.forEach(term -> keywords.add(term.name()));
        if (!keywords.isEmpty()) {
            data.put("keywords", keywords);
        }
        data.put("inLanguage", config.language());
        return new Head.Sharing("article", image, published, modified, Optional.of(new Html(Json.write(data))));
    }

    /** A technique is a term of the site's vocabulary of techniques. */
    Head.Sharing definedTerm(String name, String description, String url, String setName, String setUrl) {
        Map<String, Object> data = context("DefinedTerm");
        data.put("name", name);
        if (!description.isBlank()) {
            data.put("description", description);
        }
        data.put("url", site.absoluteUrl(url));
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("@type", "DefinedTermSet");
        set.put("name", setName);
        set.put("url", site.absoluteUrl(setUrl));
        data.put("inDefinedTermSet", set);
        return new Head.Sharing("website", config.image().map(this::absolute), Optional.empty(), Optional.empty(),
                Optional.of(new Html(Json.write(data))));
    }

    private Map<String, Object> person() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", config.author().name().isBlank() ? config.title() : config.author().name());
        return person;
    }

    private static Map<String, Object> context(String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", type);
        return data;
    }

    private static String iso(FrontMatter.PublishDate date) {
        return date.hasTime() ? date.moment().toString() : date.day().toString();
    }

    private String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : site.absoluteUrl(path);
    }

    /** An image beside a post ("foto.jpg") is relative to the post's URL. */
    private String relativeTo(String pageUrl, String path) {
        return path.startsWith("/") || path.startsWith("http://") || path.startsWith("https://") ? absolute(path)
                : site.absoluteUrl(pageUrl + path);
    }
}
