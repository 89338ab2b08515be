package kist.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import kist.config.SiteConfig;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;

/**
 * Gathers the terms (techniques, tags) that posts name, with the techniques' description pages:
 * names that fold together are one term, slugs that collide get -2, -3, and each term gets its URL.
 */
public final class TermIndexer {
    public static final String TECHNIQUES = "techniques";

    private TermIndexer() {
    }

    /** @param posts newest first */
    public static Outcome<Taxonomies> index(SiteConfig config, List<Page> posts, List<Document> techniqueDescriptions) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, List<Term>> terms = new HashMap<>();
        Map<String, Term> byName = new HashMap<>();
        Map<String, Map<String, List<Term>>> termsOfPost = new HashMap<>();
        for (SiteConfig.Taxonomy taxonomy : config.taxonomies()) {
            List<Document> descriptions = taxonomy.key().equals(TECHNIQUES) ? techniqueDescriptions : List.of();
            List<Term> built = new TaxonomyBuilder(taxonomy, posts, descriptions, problems).build();
            terms.put(taxonomy.key(), built);
            for (Term term : built) {
                byName.put(Taxonomies.lookupKey(taxonomy.key(), term.key()), term);
                term.aliases().forEach(alias -> byName.putIfAbsent(Taxonomies.lookupKey(taxonomy.key(), Slugs.fold(alias)), term));
                byName.putIfAbsent(Taxonomies.lookupKey(taxonomy.key(), Slugs.fold(term.name())), term);
                byName.putIfAbsent(Taxonomies.lookupKey(taxonomy.key(), Slugs.fold(term.title())), term);
            }
            for (Page post : posts) {
                Set<Term> own = new LinkedHashSet<>();
                for (String name : names(post, taxonomy.key())) {
                    Optional.ofNullable(byName.get(Taxonomies.lookupKey(taxonomy.key(), Slugs.fold(name)))).ifPresent(own::add);
                }
                termsOfPost.computeIfAbsent(post.url(), url -> new HashMap<>()).put(taxonomy.key(), List.copyOf(own));
            }
        }
        Taxonomies taxonomies = new Taxonomies(terms, byName, termsOfPost);
        return problems.stream().anyMatch(Diagnostic::isError) ? Outcome.failed(problems) : Outcome.of(taxonomies, problems);
    }

    static List<String> names(Page post, String taxonomy) {
        return taxonomy.equals(TECHNIQUES) ? post.frontMatter().techniques() : post.frontMatter().tags();
    }

    private static final class TaxonomyBuilder {
        private final SiteConfig.Taxonomy taxonomy;
        private final List<Page> posts;
        private final List<Document> descriptions;
        private final List<Diagnostic> problems;

        TaxonomyBuilder(SiteConfig.Taxonomy taxonomy, List<Page> posts, List<Document> descriptions, List<Diagnostic> problems) {
            this.taxonomy = taxonomy;
            this.posts = posts;
            this.descriptions = descriptions;
            this.problems = problems;
        }

        List<Term> build() {
            // a description page is found by its file name, its title and its aliases
            Map<String, Document> descriptionByKey = new TreeMap<>();
            Map<String, String> keyOfName = new HashMap<>();
            for (Document description : descriptions) {
                String key = Slugs.fold(ContentPaths.baseName(description.source().path()));
                descriptionByKey.put(key, description);
                keyOfName.put(key, key);
                keyOfName.putIfAbsent(Slugs.fold(description.frontMatter().title()), key);
                description.frontMatter().aliases().forEach(alias -> keyOfName.putIfAbsent(Slugs.fold(alias), key));
            }
            // every spelling of every term, with the files that use it (sorted: the posts' order does not matter)
            Map<String, Map<String, Set<String>>> spellings = new TreeMap<>();
            Map<String, List<Page>> postsOfKey = new HashMap<>();
            for (Page post : posts) {
                for (String name : names(post, taxonomy.key())) {
                    String folded = Slugs.fold(name);
                    String key = keyOfName.getOrDefault(folded, folded);
                    spellings.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(name, n -> new TreeSet<>()).add(post.sourcePath());
                }
            }
            for (Page post : posts) {
                Set<String> keys = new LinkedHashSet<>();
                names(post, taxonomy.key()).forEach(name -> keys.add(keyOfName.getOrDefault(Slugs.fold(name), Slugs.fold(name))));
                keys.forEach(key -> postsOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(post));
            }
            Set<String> keys = new TreeSet<>(spellings.keySet());
            keys.addAll(descriptionByKey.keySet());

            List<Term> terms = new ArrayList<>();
            Map<String, String> keyOfSlug = new HashMap<>();
            for (String key : keys) {
                Map<String, Set<String>> used = spellings.getOrDefault(key, Map.of());
                warnAboutVariants(key, used, keyOfName);
                Optional<Document> description = Optional.ofNullable(descriptionByKey.get(key));
                // a description page names its technique deliberately; otherwise the posts' favourite spelling
                String name = description.map(d -> d.frontMatter().title())
                        .or(() -> mostUsed(used, key, keyOfName)).orElse(key);
                String baseSlug = description.map(d -> Slugs.slugify(ContentPaths.baseName(d.source().path())))
                        .filter(slug -> !slug.isEmpty())
                        .orElseGet(() -> Slugs.slugifyOrFallback(name, "term-", taxonomy.key() + "/" + key));
                String slug = baseSlug;
                for (int n = 2; keyOfSlug.containsKey(slug); n++) {
                    slug = baseSlug + "-" + n;
                }
                if (!slug.equals(baseSlug)) {
                    String other = keyOfSlug.get(baseSlug);
                    problems.add(Diagnostic.warning(firstFile(used, description), 0, 0,
                            taxonomy.key() + " '" + name + "' and '" + other + "' both make the slug '" + baseSlug
                                    + "'; '" + name + "' gets " + taxonomy.path() + slug + "/",
                            "if they are the same, spell them the same; otherwise rename one"));
                }
                keyOfSlug.put(slug, name);
                String url = taxonomy.path() + slug + "/";
                Optional<Page> descriptionPage = description.map(d -> new Page(PageKind.TERM, d,
                        ContentPaths.baseName(d.source().path()), url, url.substring(1) + "index.html"));
                List<String> aliases = description.map(d -> d.frontMatter().aliases()).orElse(List.of());
                terms.add(new Term(taxonomy.key(), key, name, slug, url, aliases, descriptionPage,
                        postsOfKey.getOrDefault(key, List.of())));
            }
            return terms;
        }

        /** "Käser" and "kaser" are one term; say so, so the author can pick one spelling. */
        private void warnAboutVariants(String key, Map<String, Set<String>> used, Map<String, String> keyOfName) {
            Map<String, List<String>> byFolded = new LinkedHashMap<>();
            used.keySet().forEach(spelling -> byFolded.computeIfAbsent(Slugs.fold(spelling), f -> new ArrayList<>()).add(spelling));
            for (List<String> variants : byFolded.values()) {
                if (variants.size() > 1) {
                    List<String> described = variants.stream()
                            .map(v -> "'" + v + "' (" + String.join(", ", used.get(v)) + ")").toList();
                    String file = used.get(variants.get(0)).iterator().next();
                    Position at = posts.stream().filter(p -> p.sourcePath().equals(file)).findFirst()
                            .map(p -> p.frontMatter().positionOf(taxonomy.key())).orElse(Position.START);
                    problems.add(Diagnostic.warning(file, at.line(), at.column(),
                            "one " + singular() + " spelled " + variants.size() + " ways: " + String.join(", ", described),
                            "spell it the same everywhere, for example '" + variants.get(0) + "'"));
                }
            }
        }

        private String singular() {
            return taxonomy.key().equals(TECHNIQUES) ? "technique" : "tag";
        }

        /** The spelling most posts use; ties go to the first in sorted order. Aliases are not spellings. */
        private static Optional<String> mostUsed(Map<String, Set<String>> used, String key, Map<String, String> keyOfName) {
            return used.entrySet().stream()
                    .filter(entry -> Slugs.fold(entry.getKey()).equals(key) || !keyOfName.containsKey(Slugs.fold(entry.getKey()))
                            || keyOfName.get(Slugs.fold(entry.getKey())).equals(Slugs.fold(entry.getKey())))
                    .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(entry -> entry.getValue().size())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey);
        }

        private static String firstFile(Map<String, Set<String>> used, Optional<Document> description) {
            return used.values().stream().flatMap(Set::stream).sorted().findFirst()
                    .orElseGet(() -> description.map(d -> d.source().path()).orElse("kist.yaml"));
        }
    }
}
