package kist.build;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import kist.diag.Diagnostic;
import kist.markdown.OutgoingLink;
import kist.markdown.PageLinks;
import kist.markdown.RenderedMarkdown;

/**
 * What a builder that lives on (kist serve) keeps between builds: the Markdown renderer and the
 * loaded theme while their settings and files are the same, and the rendered bodies of the
 * previous build: a page whose body, place and link environment are unchanged is taken over
 * instead of parsed and rendered again. Every key says exactly what the value was made from, so
 * a hit is the same result a fresh one would give.
 */
public final class RenderCache {
    /** One page's rendering and what its links found, under the key of its inputs. */
    record Entry(String key, RenderedMarkdown markdown, List<OutgoingLink> links, List<Diagnostic> diagnostics,
                 List<PageLinks.PathCheck> pathChecks) {
    }

    private final ConcurrentMap<String, Entry> byUrl = new ConcurrentHashMap<>();
    private final ConcurrentMap<kist.markdown.MarkdownOptions, kist.markdown.MarkdownRenderer> renderers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, kist.diag.Outcome<kist.render.Theme>> themes = new ConcurrentHashMap<>();

    private kist.render.LiveTemplates live;

    /** The one live template engine of this cache, in {@code folder}, made on first use. */
    synchronized kist.render.LiveTemplates liveTemplates(java.nio.file.Path folder) {
        if (live == null) {
            live = new kist.render.LiveTemplates(folder);
        }
        return live;
    }

    kist.markdown.MarkdownRenderer markdown(kist.markdown.MarkdownOptions options) {
        return renderers.computeIfAbsent(options, kist.markdown.MarkdownRenderer::new);
    }

    /** The theme loaded from these files for this language, loaded again only when one of them changed. */
    kist.diag.Outcome<kist.render.Theme> theme(kist.render.ThemeFiles files, String language,
                                               java.util.function.Supplier<kist.diag.Outcome<kist.render.Theme>> load) {
        String key = Hashes.of(language, files.fingerprint());
        kist.diag.Outcome<kist.render.Theme> theme = themes.get(key);
        if (theme == null) {
            theme = load.get();
            if (!theme.hasErrors()) {
                themes.clear();
                themes.put(key, theme);
            }
        }
        return theme;
    }
    private final ConcurrentMap<String, List<kist.markdown.Heading>> headingsByBody = new ConcurrentHashMap<>();

    /** The headings of a body (by its hash), found once per distinct body. */
    List<kist.markdown.Heading> headings(String bodyHash, String body,
                                         java.util.function.Function<String, List<kist.markdown.Heading>> find) {
        return headingsByBody.computeIfAbsent(bodyHash, hash -> find.apply(body));
    }

    Optional<Entry> get(String url, String key) {
        return Optional.ofNullable(byUrl.get(url)).filter(entry -> entry.key().equals(key));
    }

    void put(String url, Entry entry) {
        byUrl.put(url, entry);
    }

    /** Forgets pages the site no longer has, and bodies no page has any more. */
    void retain(Set<String> urls, java.util.Collection<String> bodyHashes) {
        byUrl.keySet().retainAll(urls);
        headingsByBody.keySet().retainAll(new java.util.HashSet<>(bodyHashes));
    }
}
