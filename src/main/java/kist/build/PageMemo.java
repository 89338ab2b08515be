package kist.build;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import kist.diag.Diagnostic;
import kist.markdown.Heading;
import kist.markdown.OutgoingLink;
import kist.markdown.PageLinks;
import kist.markdown.RenderedMarkdown;
import kist.render.TextFacts;

/**
 * What rendering page bodies gave, kept between builds: each page's rendering under the hash of
 * everything it was made from, and the headings of each distinct body. A hit is exactly what a
 * fresh rendering would give, so a build with a memo writes the same bytes as a clean one.
 * {@link PageMemoFile} keeps it on disk between runs of kist; kist serve keeps it in memory.
 */
public final class PageMemo {
    /** One page's rendering, the facts of its text and what its links found, under the key of its inputs. */
    record Entry(String key, RenderedMarkdown markdown, TextFacts text, List<OutgoingLink> links, List<Diagnostic> diagnostics,
                 List<PageLinks.PathCheck> pathChecks) {
    }

    private final ConcurrentMap<String, Entry> byUrl;
    private final ConcurrentMap<String, List<Heading>> headingsByBody;
    private final AtomicBoolean changed = new AtomicBoolean();

    public PageMemo() {
        this(Map.of(), Map.of());
    }

    PageMemo(Map<String, Entry> byUrl, Map<String, List<Heading>> headingsByBody) {
        this.byUrl = new ConcurrentHashMap<>(byUrl);
        this.headingsByBody = new ConcurrentHashMap<>(headingsByBody);
    }

    /** The headings of a body (by its hash), found once per distinct body. */
    List<Heading> headings(String bodyHash, String body, Function<String, List<Heading>> find) {
        return headingsByBody.computeIfAbsent(bodyHash, hash -> {
            changed.set(true);
            return find.apply(body);
        });
    }

    Optional<Entry> get(String url, String key) {
        return Optional.ofNullable(byUrl.get(url)).filter(entry -> entry.key().equals(key));
    }

    void put(String url, Entry entry) {
        byUrl.put(url, entry);
        changed.set(true);
    }

    /** Forgets pages the site no longer has, and bodies no page has any more. */
    void retain(Set<String> urls, Collection<String> bodyHashes) {
        boolean pagesGone = byUrl.keySet().retainAll(urls);
        boolean bodiesGone = headingsByBody.keySet().retainAll(new HashSet<>(bodyHashes));
        if (pagesGone || bodiesGone) {
            changed.set(true);
        }
    }

    /** Whether anything was added or forgotten since the memo was made or read. */
    public boolean changed() {
        return changed.get();
    }

    Map<String, Entry> entries() {
        return Map.copyOf(byUrl);
    }

    Map<String, List<Heading>> headings() {
        return Map.copyOf(headingsByBody);
    }
}
