package kist.build;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import kist.diag.Diagnostic;
import kist.markdown.Heading;
import kist.markdown.OutgoingLink;
import kist.markdown.PageLinks;
import kist.markdown.RenderedMarkdown;
import kist.render.TextFacts;

/**
 * What rendering page bodies gave, kept between builds: each page's rendering under the hash of
 * its own inputs and of the link environment, with that environment's parts (a page rendered under
 * another environment is taken when none of what changed can reach it: {@link LinkEnvironment}),
 * and the headings of each distinct body. A hit is exactly what a fresh rendering would give, so a
 * build with a memo writes the same bytes as a clean one.
 * {@link PageMemoFile} keeps it on disk between runs of kist, in {@value #SHARDS} shards by key, so
 * that a build writes again only the shards it changed; kist serve keeps it in memory.
 */
public final class PageMemo {
    /**
     * One page's rendering, the facts of its text and what its links found, under the key of its
     * own inputs and the hash of the link environment it was rendered under.
     */
    record Entry(String key, String environment, RenderedMarkdown markdown, TextFacts text, List<OutgoingLink> links,
                 List<Diagnostic> diagnostics, List<PageLinks.PathCheck> pathChecks) {
        Entry under(String otherEnvironment) {
            return new Entry(key, otherEnvironment, markdown, text, links, diagnostics, pathChecks);
        }
    }

    private final ConcurrentMap<String, Entry> byUrl;
    private final ConcurrentMap<String, List<Heading>> headingsByBody;
    private final Set<Integer> changedShards = ConcurrentHashMap.newKeySet();
    /** The link environment every entry was rendered under (or found to render the same under), read when first needed. */
    private volatile Supplier<Optional<LinkEnvironment>> environment;
    private volatile String environmentHash;
    private volatile boolean environmentChanged;
    private volatile boolean atSiteRoot = true;
    /** Whether a page or a body's headings were added since {@link #retain} last forgot what the site no longer has. */
    private volatile boolean addedSinceRetain = true;

    static final int SHARDS = 32;

    public PageMemo() {
        this(Map.of(), Map.of(), Set.of(), "", Optional::empty);
    }

    /**
     * A memo read from disk; {@code unread} are the shards that could not be read, to be written
     * whole again; {@code environment} is the link environment of {@code environmentHash}, read when asked for.
     */
    PageMemo(Map<String, Entry> byUrl, Map<String, List<Heading>> headingsByBody, Set<Integer> unread, String environmentHash,
             Supplier<Optional<LinkEnvironment>> environment) {
        this.byUrl = new ConcurrentHashMap<>(byUrl);
        this.headingsByBody = new ConcurrentHashMap<>(headingsByBody);
        changedShards.addAll(unread);
        this.environmentHash = environmentHash;
        this.environment = once(environment);
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The hash of the link environment the entries are of; "" when there is none. */
    String environmentHash() {
        return environmentHash;
    }

    /** The link environment the entries are of, with its parts. */
    Optional<LinkEnvironment> environment() {
        return environment.get().filter(known -> known.hash().equals(environmentHash));
    }

    /** Says that every entry is now of {@code current} (rendered under it, or found to render the same). */
    void environment(LinkEnvironment current) {
        if (!current.hash().equals(environmentHash)) {
            environment = () -> Optional.of(current);
            environmentHash = current.hash();
            environmentChanged = true;
        }
    }

    /** Whether the environment changed since the memo was made or read, to be written again. */
    boolean environmentChanged() {
        return environmentChanged;
    }

    /** The shard a page's url or a body's hash is kept in. */
    static int shard(String key) {
        return Math.floorMod(key.hashCode(), SHARDS);
    }

    /** The headings of a body (by its hash), found once per distinct body. */
    List<Heading> headings(String bodyHash, Supplier<List<Heading>> find) {
        return headingsByBody.computeIfAbsent(bodyHash, hash -> {
            addedSinceRetain = true;
            changedShards.add(shard(hash));
            return find.get();
        });
    }

    /**
     * The page's entry under {@code key} when it was rendered under {@code environment}, or under
     * another one and {@code rendersTheSame} says the page renders the same under this one (then it
     * is kept as of this one).
     */
    Optional<Entry> get(String url, String key, String environment, java.util.function.Predicate<Entry> rendersTheSame) {
        Entry entry = byUrl.get(url);
        if (entry == null || !entry.key().equals(key)) {
            return Optional.empty();
        }
        if (entry.environment().equals(environment)) {
            return Optional.of(entry);
        }
        if (rendersTheSame.test(entry)) {
            Entry kept = entry.under(environment);
            put(url, kept);
            return Optional.of(kept);
        }
        return Optional.empty();
    }

    void put(String url, Entry entry) {
        addedSinceRetain = true;
        byUrl.put(url, entry);
        changedShards.add(shard(url));
    }

    /** Forgets pages the site no longer has, and bodies no page has any more. */
    void retain(Set<String> urls, Collection<String> bodyHashes) {
        // nothing added since the last time, and as many pages: the same pages with the same bodies (a page or body
        // the memo lacked would have been added), so there is nothing to forget (most saves in kist serve)
        if (!addedSinceRetain && urls.size() == byUrl.size()) {
            return;
        }
        addedSinceRetain = false;
        forgetAllBut(byUrl, urls);
        forgetAllBut(headingsByBody, new HashSet<>(bodyHashes));
    }

    private void forgetAllBut(Map<String, ?> map, Set<String> kept) {
        map.keySet().removeIf(key -> {
            boolean forget = !kept.contains(key);
            if (forget) {
                changedShards.add(shard(key));
            }
            return forget;
        });
    }

    /** Whether anything was added or forgotten since the memo was made or read. */
    public boolean changed() {
        return !changedShards.isEmpty() || environmentChanged;
    }

    /**
     * Says under which root path the last build rendered: the site's own (kist.yaml's base URL),
     * or another one (kist serve's "/" for a site published under a path).
     */
    void renderedAt(String rootPath, String siteRootPath) {
        atSiteRoot = rootPath.equals(siteRootPath);
    }

    /**
     * Whether the memo holds renderings a {@code kist build} of the site could take over that the
     * disk does not have yet: it changed, and its last build rendered under the site's own root.
     */
    public boolean worthWritingForBuilds() {
        return atSiteRoot && changed();
    }

    /** The shards that were added to or forgotten from since the memo was made or read. */
    Set<Integer> changedShards() {
        return Set.copyOf(changedShards);
    }

    /** The pages of one shard. */
    Map<String, Entry> entries(int shard) {
        return ofShard(byUrl, shard);
    }

    /** The bodies' headings of one shard. */
    Map<String, List<Heading>> headings(int shard) {
        return ofShard(headingsByBody, shard);
    }

    private static <V> Map<String, V> ofShard(Map<String, V> map, int shard) {
        Map<String, V> ofShard = new java.util.HashMap<>();
        map.forEach((key, value) -> {
            if (shard(key) == shard) {
                ofShard.put(key, value);
            }
        });
        return ofShard;
    }
}
