package kist.build;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import kist.cache.Hashes;
import kist.cache.Reuse;
import kist.diag.Outcome;
import kist.markdown.MarkdownOptions;
import kist.markdown.MarkdownRenderer;
import kist.render.LiveTemplates;
import kist.render.Theme;
import kist.render.ThemeFiles;

/**
 * What a builder that lives on (kist serve) keeps between builds: the Markdown renderer and the
 * loaded theme while their settings and files are the same, one live template engine, the
 * {@link PageMemo} of rendered bodies, and the {@link Reuse} of every other stage's values. Every key says exactly what the value was made from, so a
 * hit is the same result a fresh one would give.
 */
public final class RenderCache {
    private final PageMemo memo;
    private final Reuse reuse = Reuse.across();
    private final ConcurrentMap<MarkdownOptions, MarkdownRenderer> renderers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Outcome<Theme>> themes = new ConcurrentHashMap<>();
    private LiveTemplates live;

    public RenderCache() {
        this(new PageMemo());
    }

    /** A cache that starts from rendered bodies kept earlier (the build cache on disk). */
    public RenderCache(PageMemo memo) {
        this.memo = memo;
    }

    PageMemo memo() {
        return memo;
    }

    Reuse reuse() {
        return reuse;
    }

    /** The one live template engine of this cache, in {@code folder}, made on first use. */
    synchronized LiveTemplates liveTemplates(Path folder) {
        if (live == null) {
            live = new LiveTemplates(folder);
        }
        return live;
    }

    MarkdownRenderer markdown(MarkdownOptions options) {
        return renderers.computeIfAbsent(options, MarkdownRenderer::new);
    }

    /** The theme loaded from these files for this language, loaded again only when one of them changed. */
    Outcome<Theme> theme(ThemeFiles files, String language, Supplier<Outcome<Theme>> load) {
        String key = Hashes.of(language, files.fingerprint());
        Outcome<Theme> theme = themes.get(key);
        if (theme == null) {
            theme = load.get();
            if (!theme.hasErrors()) {
                themes.clear();
                themes.put(key, theme);
            }
        }
        return theme;
    }
}
