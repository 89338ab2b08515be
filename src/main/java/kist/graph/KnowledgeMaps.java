package kist.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import kist.content.Page;
import kist.content.Taxonomies;
import kist.content.Term;
import kist.content.TermIndexer;

/**
 * The whole site as one graph (every post, every technique, and the standalone pages that link
 * or are linked), from which the drawable {@link KnowledgeMap}s are cut: the site map, capped
 * to its most linked nodes, and a technique's neighbourhood. Built once per build; immutable.
 */
public final class KnowledgeMaps {
    private static final Comparator<KnowledgeMap.Node> NODE_ORDER = Comparator
            .comparing(KnowledgeMap.Node::kind).thenComparing(KnowledgeMap.Node::url);

    private record JoinCount(int joins, KnowledgeMap.Node node) {
    }

    private static final Comparator<JoinCount> MOST_JOINED = Comparator.comparingInt(JoinCount::joins).reversed()
            .thenComparing(JoinCount::node, NODE_ORDER);

    private final Map<String, KnowledgeMap.Node> nodes;
    private final Map<String, Map<String, KnowledgeMap.Join>> joins;
    private final Map<String, Term> techniques;

    private KnowledgeMaps(Map<String, KnowledgeMap.Node> nodes, Map<String, Map<String, KnowledgeMap.Join>> joins,
                          Map<String, Term> techniques) {
        this.nodes = nodes;
        this.joins = joins;
        this.techniques = techniques;
    }

    /**
     * @param posts      the posts of the build
     * @param pages      the standalone pages; only those joined to something become nodes
     * @param links      backlinks by target URL: the links found in every page's text
     */
    public static KnowledgeMaps of(List<Page> posts, List<Page> pages, Taxonomies taxonomies,
                                   Map<String, List<Backlink>> links) {
        Map<String, KnowledgeMap.Node> candidates = new HashMap<>();
        Map<String, Term> techniques = new HashMap<>();
        for (Term term : taxonomies.terms(TermIndexer.TECHNIQUES)) {
            techniques.put(term.url(), term);
            candidates.put(term.url(), new KnowledgeMap.Node(KnowledgeMap.Kind.TECHNIQUE, term.url(), term.title(), 0));
        }
        posts.forEach(post -> candidates.put(post.url(), new KnowledgeMap.Node(KnowledgeMap.Kind.POST, post.url(), post.title(), 0)));
        pages.forEach(page -> candidates.put(page.url(), new KnowledgeMap.Node(KnowledgeMap.Kind.PAGE, page.url(), page.title(), 0)));

        Map<String, Map<String, KnowledgeMap.Join>> joins = new HashMap<>();
        for (Page post : posts) {
            for (Term term : taxonomies.termsOf(post, TermIndexer.TECHNIQUES)) {
                join(joins, post.url(), term.url(), KnowledgeMap.Join.CARRIES);
            }
        }
        links.forEach((target, sources) -> {
            if (candidates.containsKey(target)) {
                for (Backlink source : sources) {
                    if (candidates.containsKey(source.sourceUrl()) && !source.sourceUrl().equals(target)) {
                        join(joins, source.sourceUrl(), target, KnowledgeMap.Join.LINKS);
                    }
                }
            }
        });

        Map<String, KnowledgeMap.Node> nodes = new HashMap<>();
        candidates.forEach((url, node) -> {
            int degree = joins.getOrDefault(url, Map.of()).size();
            if (node.kind() != KnowledgeMap.Kind.PAGE || degree > 0) {
                int weight = node.kind() == KnowledgeMap.Kind.TECHNIQUE ? techniques.get(url).posts().size() : degree;
                nodes.put(url, new KnowledgeMap.Node(node.kind(), url, node.title(), weight));
            }
        });
        joins.replaceAll((url, own) -> Map.copyOf(own));
        return new KnowledgeMaps(Map.copyOf(nodes), Map.copyOf(joins), Map.copyOf(techniques));
    }

    private static void join(Map<String, Map<String, KnowledgeMap.Join>> joins, String a, String b, KnowledgeMap.Join join) {
        // CARRIES is the smaller constant, so min keeps it when a post also links to its technique
        joins.computeIfAbsent(a, url -> new HashMap<>()).merge(b, join, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        joins.computeIfAbsent(b, url -> new HashMap<>()).merge(a, join, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }

    /** The whole site, or its {@code limit} most joined nodes when it has more. */
    public KnowledgeMap site(int limit) {
        List<KnowledgeMap.Node> mostJoined = kist.content.Ordering.byKey(List.copyOf(nodes.values()),
                node -> new JoinCount(joins.getOrDefault(node.url(), Map.of()).size(), node), MOST_JOINED);
        List<KnowledgeMap.Node> kept = mostJoined.subList(0, Math.min(limit, mostJoined.size()));
        return induced(kept, Optional.empty(), nodes.size() - kept.size());
    }

    /**
     * A technique with its posts (the newest {@code postLimit}), the other techniques those posts
     * carry (the {@code techniqueLimit} they carry most often), and the edges among them.
     */
    public Optional<KnowledgeMap> around(String techniqueUrl, int postLimit, int techniqueLimit) {
        Term term = techniques.get(techniqueUrl);
        if (term == null) {
            return Optional.empty();
        }
        List<KnowledgeMap.Node> kept = new ArrayList<>();
        kept.add(nodes.get(techniqueUrl));
        List<Page> posts = term.posts().subList(0, Math.min(postLimit, term.posts().size()));
        Map<String, Integer> together = new TreeMap<>();
        for (Page post : posts) {
            kept.add(nodes.get(post.url()));
            joins.getOrDefault(post.url(), Map.of()).forEach((other, join) -> {
                if (join == KnowledgeMap.Join.CARRIES && !other.equals(techniqueUrl)) {
                    together.merge(other, 1, Integer::sum);
                }
            });
        }
        together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(techniqueLimit)
                .forEach(entry -> kept.add(nodes.get(entry.getKey())));
        int omitted = term.posts().size() - posts.size() + Math.max(0, together.size() - techniqueLimit);
        return Optional.of(induced(kept, Optional.of(techniqueUrl), omitted));
    }

    /**
     * The kept nodes and every edge between two of them. Each node looks either through its own
     * edges or through the kept nodes, whichever is fewer, so a much-linked post costs no more
     * than the map it sits in.
     */
    private KnowledgeMap induced(Collection<KnowledgeMap.Node> kept, Optional<String> focus, int omitted) {
        List<KnowledgeMap.Node> sorted = kept.stream().sorted(NODE_ORDER).toList();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i).url(), i);
        }
        Set<KnowledgeMap.Edge> edges = new TreeSet<>(Comparator.comparingInt(KnowledgeMap.Edge::from)
                .thenComparingInt(KnowledgeMap.Edge::to));
        for (int i = 0; i < sorted.size(); i++) {
            Map<String, KnowledgeMap.Join> own = joins.getOrDefault(sorted.get(i).url(), Map.of());
            if (own.size() <= sorted.size()) {
                for (Map.Entry<String, KnowledgeMap.Join> join : own.entrySet()) {
                    Integer j = indexOf.get(join.getKey());
                    if (j != null && j > i) {
                        edges.add(new KnowledgeMap.Edge(i, j, join.getValue()));
                    }
                }
            } else {
                for (int j = i + 1; j < sorted.size(); j++) {
                    KnowledgeMap.Join join = own.get(sorted.get(j).url());
                    if (join != null) {
                        edges.add(new KnowledgeMap.Edge(i, j, join));
                    }
                }
            }
        }
        return new KnowledgeMap(sorted, List.copyOf(edges), focus, omitted);
    }
}
