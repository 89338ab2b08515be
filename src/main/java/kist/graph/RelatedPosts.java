package kist.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import kist.content.Ordering;
import kist.content.WordTable;

/**
 * Related posts: for every post, up to {@code limit} other posts, best first.
 *
 * <h2>Score of a pair (A, B)</h2>
 * The score is a sum of three parts, each visible in the {@link Related} it produces:
 * <ul>
 *   <li><b>Shared techniques</b>: each technique both posts carry adds
 *       {@code 1 / log2(1 + n)}, where n is the number of posts carrying that technique
 *       (n = 2: 0.63, n = 3: 0.50, n = 7: 0.33, n = 15: 0.25). A rare technique says more about
 *       two posts than one every post mentions.</li>
 *   <li><b>Direct link</b>: {@value #LINK_WEIGHT} once, if either post links to the other. An
 *       author's own link is the strongest hint we have, so it outweighs any single
 *       technique.</li>
 *   <li><b>Shared keywords</b>: {@value #KEYWORD_WEIGHT} per keyword the two posts have in
 *       common (see {@link #keywords(String)}); small, so that techniques and links lead and
 *       keywords mostly break ties.</li>
 * </ul>
 * Ties are broken by the newer date first, then by url, so the order never depends on the
 * input order.
 *
 * <h2>Locality</h2>
 * No weight is derived from the texts of the whole site (no corpus-wide keyword IDF): a post's
 * keywords come from its own text alone. So editing one post's text can change only the related
 * lists of posts that share a technique, a link or a keyword with it, which keeps incremental
 * rebuilds small and makes a ranking explainable from the two posts involved. Technique rarity
 * is the one site-wide number, and it changes only when some post's techniques change.
 *
 * <h2>Cost</h2>
 * Candidates come from inverted indexes (technique → posts, keyword → posts, link neighbours);
 * only pairs sharing something are ever scored, so the work is the sum of the squared posting
 * list lengths, not n². A keyword that more than {@value #KEYWORD_FANOUT} posts share only adds to
 * candidates found otherwise, so common words cannot make every pair a candidate; a technique on
 * every post is dense by nature.
 */
public final class RelatedPosts {

    public static final int DEFAULT_LIMIT = 5;

    /** Added once when either post links to the other. */
    static final double LINK_WEIGHT = 1.5;

    /** A keyword shared by more posts than this finds no candidates by itself, so scoring is never n². */
    static final int KEYWORD_FANOUT = 64;

    /** Added per keyword the two posts share. */
    static final double KEYWORD_WEIGHT = 0.25;

    /** How many of a text's most frequent words count as its keywords. */
    static final int KEYWORDS_PER_POST = 12;

    /** Shorter words are nearly all function words or too ambiguous to relate posts by. */
    static final int MIN_KEYWORD_LENGTH = 4;

    /**
     * Common Dutch and English words that would relate every post to every other. Words shorter
     * than {@link #MIN_KEYWORD_LENGTH} (de, het, een, en, van, the, and, ...) are dropped before
     * this list is consulted, so it holds only the longer ones.
     */
    private static final Set<String> STOPWORDS = Stream.of(
            // Dutch
            "aldus", "alle", "alleen", "allemaal", "alles", "altijd", "ander", "andere",
            "anders", "beetje", "behalve", "beide", "bent", "bijna", "bijvoorbeeld", "binnen",
            "boven", "buiten", "daar", "daarbij", "daarin", "daarna", "daarom", "daarvan", "dank",
            "deed", "deze", "dezelfde", "doch", "doen", "doet", "door", "doordat", "echter",
            "eens", "eerst", "eigen", "eigenlijk", "elke", "enige", "enkele", "even", "geen",
            "geweest", "gewoon", "haar", "hadden", "heeft", "hebben", "hebt", "heel", "hele",
            "hier", "hierbij", "hiervan", "hoewel", "iedere", "ieder", "iemand", "iets", "jouw",
            "jullie", "kunnen", "kunt", "maar", "meer", "meeste", "mijn", "minder",
            "misschien", "moest", "moet", "moeten", "mogen", "naar", "naast", "natuurlijk",
            "niemand", "niet", "niets", "nooit", "omdat", "onder", "ongeveer", "onze", "over", "reeds", "sinds", "soms", "steeds", "tegen", "terwijl", "toch", "toen",
            "tussen", "vaak", "veel", "voor", "waar", "waarom", "wanneer", "want", "waren",
            "weer", "welk", "welke", "werd", "werden", "wilde", "willen", "wilt", "worden",
            "wordt", "zelf", "zelfs", "zich", "zijn", "zoals", "zodat", "zonder", "zouden",
            "zullen", "zult",
            // English
            "about", "after", "again", "against", "also", "although", "always", "among",
            "another", "aren", "because", "been", "before", "being", "between", "both", "cannot",
            "could", "couldn", "didn", "does", "doesn", "doing", "done", "down", "during", "each",
            "either", "even", "ever", "every", "from", "further", "hasn", "have", "haven",
            "having", "here", "hers", "herself", "himself", "however", "into", "itself", "just",
            "like", "made", "make", "many", "might", "more", "most", "much", "must", "myself",
            "neither", "never", "once", "only", "other", "ours", "ourselves", "over", "quite",
            "rather", "really", "said", "same", "shall", "should", "shouldn", "since", "some",
            "such", "than", "that", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "though", "through", "until", "upon", "very",
            "wasn", "were", "weren", "what", "when", "where", "whether", "which", "while",
            "whom", "whose", "will", "with", "within", "without", "would", "wouldn", "your",
            "yours", "yourself", "yourselves")
            .map(RelatedPosts::fold)
            .collect(Collectors.toUnmodifiableSet());

    private RelatedPosts() {
    }

    /** For every post, up to {@code limit} related posts, best first. Keys iterate in url order. */
    public static Map<String, List<Related>> compute(List<RelatedInput> posts, int limit) {
        return lists(posts, limit).byUrl();
    }

    /**
     * Every post's related list, and the index it was made from: what {@link #update} starts from.
     * Immutable; an update makes a new one.
     */
    public static final class Lists {
        private final Map<String, List<Related>> byUrl;
        private final Graph graph;
        private final Map<String, Integer> indexOfUrl;

        private Lists(Map<String, List<Related>> byUrl, Graph graph, Map<String, Integer> indexOfUrl) {
            this.byUrl = byUrl;
            this.graph = graph;
            this.indexOfUrl = indexOfUrl;
        }

        /** For every post, its related posts, best first; keys iterate in url order. */
        public Map<String, List<Related>> byUrl() {
            return byUrl;
        }
    }

    /** As {@link #compute}, with the index kept for {@link #update}. */
    public static Lists lists(List<RelatedInput> posts, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        // Canonical order first: every index below is built from it, so the input order cannot
        // leak into the result.
        List<RelatedInput> byUrl = posts.stream().sorted(Comparator.comparing(RelatedInput::url)).toList();
        Map<String, Integer> indexOfUrl = new HashMap<>();
        for (int i = 0; i < byUrl.size(); i++) {
            if (indexOfUrl.putIfAbsent(byUrl.get(i).url(), i) != null) {
                throw new IllegalArgumentException("duplicate post url: " + byUrl.get(i).url());
            }
        }
        Graph graph = Graph.of(byUrl, indexOfUrl);
        List<List<Related>> lists = IntStream.range(0, byUrl.size()).parallel()
                .mapToObj(i -> relatedTo(i, graph, limit))
                .toList();
        Map<String, List<Related>> result = new LinkedHashMap<>();
        for (int i = 0; i < byUrl.size(); i++) {
            result.put(byUrl.get(i).url(), lists.get(i));
        }
        return new Lists(Collections.unmodifiableMap(result), graph, Map.copyOf(indexOfUrl));
    }

    /**
     * What {@link #compute} gives for {@code now}, made from {@code computed}, the lists of the
     * posts before the change, and their index: the index is patched for the changed posts, and
     * only the lists a change can touch are looked at again (see Locality). A post's list is made again
     * when it is a changed post, is linked with one, shares with one a keyword that finds
     * candidates (on at most {@value #KEYWORD_FANOUT} posts before or after), or shares a technique
     * with one whose techniques or date changed (a technique's rarity, or a tie, changed). A post
     * that shares only a technique and common keywords with a changed post keeps its list unless
     * that post was in it or now scores into it. A post added, removed or moved to another URL,
     * or more than one in fifty changed, and everything is computed again.
     */
    public static Lists update(Lists computed, List<RelatedInput> now, int limit) {
        Map<String, Integer> indexOfUrl = computed.indexOfUrl;
        List<RelatedInput> before = computed.graph.posts();
        List<RelatedInput> changed = now.stream().filter(post -> {
            Integer at = indexOfUrl.get(post.url());
            return at == null || !before.get(at).equals(post);
        }).toList();
        if (before.size() != now.size() || changed.stream().anyMatch(post -> !indexOfUrl.containsKey(post.url()))
                || changed.size() > Math.max(1, now.size() / 50)) {
            return lists(now, limit);
        }
        if (changed.isEmpty()) {
            return computed;
        }
        Map<String, RelatedInput> old = new HashMap<>();
        changed.forEach(post -> old.put(post.url(), before.get(indexOfUrl.get(post.url()))));
        Graph graph = computed.graph.with(changed, indexOfUrl);
        // how many more posts held each keyword before the change than now
        Map<String, Integer> lost = new HashMap<>();
        for (RelatedInput post : changed) {
            old.get(post.url()).keywords().forEach(keyword -> lost.merge(keyword, 1, Integer::sum));
            post.keywords().forEach(keyword -> lost.merge(keyword, -1, Integer::sum));
        }
        java.util.BitSet remake = new java.util.BitSet(now.size());
        Map<Integer, List<Integer>> scoredAgainst = new HashMap<>();   // a post to check, the changed posts to check it by
        for (RelatedInput post : changed) {
            RelatedInput was = old.get(post.url());
            int at = indexOfUrl.get(post.url());
            remake.set(at);
            for (int neighbour : graph.linkNeighbours().get(at)) {
                remake.set(neighbour);
            }
            for (String link : was.links()) {
                Integer target = indexOfUrl.get(link);
                if (target != null) {
                    remake.set(target);
                }
            }
            java.util.BitSet sharingTechnique = new java.util.BitSet(now.size());
            for (String technique : union(was.techniques(), post.techniques())) {
                graph.postsByTechnique().getOrDefault(technique, List.of()).forEach(sharingTechnique::set);
            }
            if (!was.techniques().equals(post.techniques()) || !was.date().equals(post.date())) {
                remake.or(sharingTechnique);
            }
            for (String keyword : union(was.keywords(), post.keywords())) {
                Integer number = graph.keywordNumbers().get(keyword);
                if (number == null) {
                    continue;
                }
                int[] holders = graph.postsByKeyword().get(number);
                boolean findsCandidates = Math.min(holders.length, holders.length + lost.getOrDefault(keyword, 0)) <= KEYWORD_FANOUT;
                for (int other : holders) {
                    if (findsCandidates) {
                        remake.set(other);
                    } else if (sharingTechnique.get(other)) {
                        scoredAgainst.computeIfAbsent(other, unused -> new ArrayList<>()).add(at);
                    }
                }
            }
        }
        scoredAgainst.forEach((other, changedPosts) -> {
            if (!remake.get(other)
                    && changedPosts.stream().anyMatch(post -> ranksInto(post, other, computed.byUrl, graph, indexOfUrl, limit))) {
                remake.set(other);
            }
        });
        Map<String, List<Related>> made = remake.stream().parallel().boxed()
                .collect(Collectors.toConcurrentMap(at -> graph.posts().get(at).url(), at -> relatedTo(at, graph, limit)));
        Map<String, List<Related>> result = new LinkedHashMap<>();
        for (RelatedInput post : graph.posts()) {
            result.put(post.url(), made.containsKey(post.url()) ? made.get(post.url()) : computed.byUrl.get(post.url()));
        }
        return new Lists(Collections.unmodifiableMap(result), graph, indexOfUrl);
    }

    /**
     * Whether changed {@code post}, a candidate of {@code other} by a technique only (its score there
     * changed by the keywords they share), was in other's list or now ranks into it.
     */
    private static boolean ranksInto(int post, int other, Map<String, List<Related>> computed, Graph graph,
                                     Map<String, Integer> indexOfUrl, int limit) {
        List<Related> list = computed.get(graph.posts().get(other).url());
        String url = graph.posts().get(post).url();
        if (list.size() < limit || list.stream().anyMatch(related -> related.url().equals(url))) {
            return true;
        }
        Candidate candidate = new Candidate(post);
        for (String technique : graph.posts().get(other).techniques()) {
            if (graph.posts().get(post).techniques().contains(technique)) {
                candidate.techniques.add(technique);
            }
        }
        candidate.score(graph, graph.keywords().get(other));
        Related last = list.get(list.size() - 1);
        Candidate lastCandidate = new Candidate(indexOfUrl.get(last.url()));
        lastCandidate.score = last.score();
        return ranking(graph).compare(candidate, lastCandidate) < 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }

    /**
     * The keywords of one text: its words (runs of Unicode letters), lowercased in
     * {@link Locale#ROOT} with diacritics folded off Latin letters (so "ideeën" meets "ideeen"),
     * at least {@value #MIN_KEYWORD_LENGTH} letters long and not a stopword; the
     * {@value #KEYWORDS_PER_POST} most frequent, ties by the word.
     */
    public static List<String> keywords(String text) {
        WordTable counts = new WordTable();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int first = text.codePointAt(i);
            if (!Character.isLetter(first)) {
                i += Character.charCount(first);
                continue;
            }
            int start = i;
            boolean ascii = true;
            // Marks continue a word (scripts whose vowel signs are marks), they never start one.
            while (i < length) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (!isAsciiLetter(c)) {
                        break;
                    }
                    i++;
                } else {
                    int codePoint = text.codePointAt(i);
                    if (!isWordPart(codePoint)) {
                        break;
                    }
                    ascii = false;
                    i += Character.charCount(codePoint);
                }
            }
            if (ascii) {
                if (i - start >= MIN_KEYWORD_LENGTH) { // folding keeps an ASCII word's length
                    counts.addAscii(text, start, i);
                }
                continue;
            }
            // folded word by word: most words are plain ASCII, and punctuation never needs folding
            String word = fold(text.substring(start, i));
            if (word.codePointCount(0, word.length()) >= MIN_KEYWORD_LENGTH) {
                counts.add(word);
            }
        }
        return mostFrequent(counts, KEYWORDS_PER_POST);
    }

    /** The {@code limit} most frequent words that are not stopwords, ties by the word. */
    private static List<String> mostFrequent(WordTable counts, int limit) {
        List<Integer> words = new ArrayList<>(counts.size());
        for (int index = 0; index < counts.size(); index++) {
            if (!STOPWORDS.contains(counts.word(index))) {
                words.add(index);
            }
        }
        Comparator<Integer> byCount = Comparator.comparingInt(counts::count);
        return Ordering.best(words, limit, byCount.reversed().thenComparing(counts::word)).stream().map(counts::word).toList();
    }

    /** {@code 1 / log2(1 + n)}; StrictMath so that every platform ranks ties identically. */
    static double techniqueWeight(int postsWithTechnique) {
        return StrictMath.log(2) / StrictMath.log(1 + postsWithTechnique);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetter(codePoint) || isMark(codePoint);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String fold(String text) {
        return kist.content.Slugs.fold(text);
    }

    private static List<Related> relatedTo(int post, Graph graph, int limit) {
        // Insertion order is irrelevant: candidates are ranked below. Each part is appended in
        // sorted order (the technique and keyword sets are sorted), so a pair's score is summed
        // in the same order from either side and equal pairs get bit-identical scores.
        Map<Integer, Candidate> candidates = new HashMap<>();
        for (String technique : graph.posts().get(post).techniques()) {
            for (int other : graph.postsByTechnique().get(technique)) {
                if (other != post) {
                    candidates.computeIfAbsent(other, Candidate::new).techniques.add(technique);
                }
            }
        }
        for (int other : graph.linkNeighbours().get(post)) {
            candidates.computeIfAbsent(other, Candidate::new).linked = true;
        }
        // a word many posts share finds no new candidates (every post would be every post's
        // candidate); it still counts for the candidates something rarer found
        int[] own = graph.keywords().get(post);
        for (int keyword : own) {
            int[] others = graph.postsByKeyword().get(keyword);
            if (others.length <= KEYWORD_FANOUT) {
                for (int other : others) {
                    if (other != post) {
                        candidates.computeIfAbsent(other, Candidate::new);
                    }
                }
            }
        }
        // only the best few become Related records
        candidates.values().forEach(candidate -> candidate.score(graph, own));
        return Ordering.best(candidates.values(), limit, ranking(graph)).stream().map(candidate -> candidate.toRelated(graph, own))
                .toList();
    }

    /** Best first: by score, then the newer post, then by URL. */
    private static Comparator<Candidate> ranking(Graph graph) {
        Comparator<Candidate> byScore = Comparator.comparingDouble(candidate -> candidate.score);
        Comparator<Candidate> byDate = Comparator.comparing(candidate -> graph.posts().get(candidate.post).date());
        return byScore.reversed().thenComparing(byDate.reversed()).thenComparing(candidate -> graph.posts().get(candidate.post).url());
    }

    /**
     * The indexes every post's candidates come from, built once per computation. Keywords are
     * numbered in their alphabetical order, so each post's sorted numbers are its sorted keywords.
     */
    private record Graph(
            List<RelatedInput> posts,
            List<String> keywordNames,
            Map<String, Integer> keywordNumbers,
            List<int[]> keywords,
            Map<String, List<Integer>> postsByTechnique,
            List<int[]> postsByKeyword,
            List<int[]> linkNeighbours) {

        static Graph of(List<RelatedInput> posts, Map<String, Integer> indexOfUrl) {
            // words numbered as they come, then renumbered in alphabetical order; a post's keywords
            // are a sorted set, so its numbers come out sorted
            Map<String, Integer> seen = new HashMap<>();
            int[][] seenNumbers = new int[posts.size()][];
            for (int i = 0; i < posts.size(); i++) {
                Set<String> own = posts.get(i).keywords();
                int[] numbers = new int[own.size()];
                int at = 0;
                for (String keyword : own) {
                    Integer number = seen.putIfAbsent(keyword, seen.size());
                    numbers[at++] = number == null ? seen.size() - 1 : number;
                }
                seenNumbers[i] = numbers;
            }
            String[] names = new String[seen.size()];
            seen.forEach((name, number) -> names[number] = name);
            Integer[] alphabetical = IntStream.range(0, names.length).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(alphabetical, Comparator.comparing(number -> names[number]));
            int[] rank = new int[names.length];
            List<String> keywordNames = new ArrayList<>(names.length);
            Map<String, Integer> keywordNumbers = new HashMap<>();
            for (int position = 0; position < alphabetical.length; position++) {
                rank[alphabetical[position]] = position;
                keywordNames.add(names[alphabetical[position]]);
                keywordNumbers.put(names[alphabetical[position]], position);
            }
            int[] holders = new int[names.length];
            List<int[]> keywords = new ArrayList<>(posts.size());
            for (int[] numbers : seenNumbers) {
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = rank[numbers[i]];
                    holders[numbers[i]]++;
                }
                keywords.add(numbers);
            }
            int[][] postsByKeyword = new int[names.length][];
            for (int keyword = 0; keyword < names.length; keyword++) {
                postsByKeyword[keyword] = new int[holders[keyword]];
                holders[keyword] = 0;
            }
            Map<String, List<Integer>> postsByTechnique = new HashMap<>();
            // Links count in both directions; links to pages that are not posts, and a post's links
            // to itself, relate nothing.
            List<List<Integer>> neighbours = new ArrayList<>(posts.size());
            for (int i = 0; i < posts.size(); i++) {
                neighbours.add(new ArrayList<>(2));
            }
            for (int i = 0; i < posts.size(); i++) {
                for (String technique : posts.get(i).techniques()) {
                    postsByTechnique.computeIfAbsent(technique, key -> new ArrayList<>()).add(i);
                }
                for (int keyword : keywords.get(i)) {
                    postsByKeyword[keyword][holders[keyword]++] = i;
                }
                for (String link : posts.get(i).links()) {
                    Integer target = indexOfUrl.get(link);
                    if (target != null && target != i) {
                        neighbours.get(i).add(target);
                        neighbours.get(target).add(i);
                    }
                }
            }
            return new Graph(posts, keywordNames, keywordNumbers, keywords, Map.copyOf(postsByTechnique), List.of(postsByKeyword),
                    neighbours.stream().map(list -> list.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()).toList());
        }

        /**
         * This index with {@code changed} posts in place of those at their URLs (the same URLs):
         * only their entries and those of the keywords, techniques and link neighbours they had or
         * have are made anew. A word new to the index gets the next number, so a post's numbers are
         * sorted by number, not by word.
         */
        Graph with(List<RelatedInput> changed, Map<String, Integer> indexOfUrl) {
            List<RelatedInput> posts = new ArrayList<>(this.posts);
            List<String> names = new ArrayList<>(keywordNames);
            Map<String, Integer> numbers = new HashMap<>(keywordNumbers);
            List<int[]> keywords = new ArrayList<>(this.keywords);
            List<int[]> postsByKeyword = new ArrayList<>(this.postsByKeyword);
            Map<String, List<Integer>> postsByTechnique = new HashMap<>(this.postsByTechnique);
            List<int[]> neighbours = new ArrayList<>(linkNeighbours);
            for (RelatedInput post : changed) {
                int at = indexOfUrl.get(post.url());
                RelatedInput was = posts.set(at, post);
                int[] had = keywords.get(at);
                int[] has = post.keywords().stream().mapToInt(word -> numbers.computeIfAbsent(word, unused -> {
                    names.add(word);
                    postsByKeyword.add(new int[0]);
                    return names.size() - 1;
                })).sorted().toArray();
                for (int number : had) {
                    if (java.util.Arrays.binarySearch(has, number) < 0) {
                        postsByKeyword.set(number, without(postsByKeyword.get(number), at));
                    }
                }
                for (int number : has) {
                    if (java.util.Arrays.binarySearch(had, number) < 0) {
                        postsByKeyword.set(number, with(postsByKeyword.get(number), at));
                    }
                }
                keywords.set(at, has);
                for (String technique : RelatedPosts.union(was.techniques(), post.techniques())) {
                    List<Integer> holders = new ArrayList<>(postsByTechnique.getOrDefault(technique, List.of()));
                    holders.remove(Integer.valueOf(at));
                    if (post.techniques().contains(technique)) {
                        holders.add(-Collections.binarySearch(holders, at) - 1, at);
                    }
                    if (holders.isEmpty()) {
                        postsByTechnique.remove(technique);
                    } else {
                        postsByTechnique.put(technique, List.copyOf(holders));
                    }
                }
                // only this post's own links changed: a post it linked to or links to now is its
                // neighbour when either links to the other; its own neighbours are what it links
                // to and the neighbours that link to it
                int[] targets = targets(post, at, indexOfUrl);
                for (int other : either(targets(was, at, indexOfUrl), targets)) {
                    boolean linked = java.util.Arrays.binarySearch(targets, other) >= 0 || posts.get(other).links().contains(post.url());
                    neighbours.set(other, linked ? with(neighbours.get(other), at) : without(neighbours.get(other), at));
                }
                int[] own = targets;
                for (int other : neighbours.get(at)) {
                    if (posts.get(other).links().contains(post.url())) {
                        own = with(own, other);
                    }
                }
                neighbours.set(at, own);
            }
            return new Graph(List.copyOf(posts), names, numbers, keywords, Map.copyOf(postsByTechnique), postsByKeyword, neighbours);
        }

        /** The posts {@code post} links to, by place, sorted: links to other pages, and to itself, relate nothing. */
        private static int[] targets(RelatedInput post, int at, Map<String, Integer> indexOfUrl) {
            return post.links().stream().map(indexOfUrl::get).filter(target -> target != null && target != at)
                    .mapToInt(Integer::intValue).sorted().distinct().toArray();
        }

        private static java.util.Collection<Integer> either(int[] a, int[] b) {
            java.util.TreeSet<Integer> union = new java.util.TreeSet<>();
            for (int x : a) {
                union.add(x);
            }
            for (int x : b) {
                union.add(x);
            }
            return union;
        }

        /** {@code sorted} with {@code x}, sorted (the same array when it holds it). */
        private static int[] with(int[] sorted, int x) {
            int at = java.util.Arrays.binarySearch(sorted, x);
            if (at >= 0) {
                return sorted;
            }
            int insert = -at - 1;
            int[] more = new int[sorted.length + 1];
            System.arraycopy(sorted, 0, more, 0, insert);
            more[insert] = x;
            System.arraycopy(sorted, insert, more, insert + 1, sorted.length - insert);
            return more;
        }

        /** {@code sorted} without {@code x} (the same array when it lacks it). */
        private static int[] without(int[] sorted, int x) {
            int at = java.util.Arrays.binarySearch(sorted, x);
            if (at < 0) {
                return sorted;
            }
            int[] fewer = new int[sorted.length - 1];
            System.arraycopy(sorted, 0, fewer, 0, at);
            System.arraycopy(sorted, at + 1, fewer, at, sorted.length - at - 1);
            return fewer;
        }
    }

    /** What one post shares with the post whose list is being built; lives only inside that call. */
    private static final class Candidate {
        final int post;
        final List<String> techniques = new ArrayList<>();
        boolean linked;
        double score;

        Candidate(int post) {
            this.post = post;
        }

        void score(Graph graph, int[] ownKeywords) {
            double sum = 0;
            for (String technique : techniques) {
                sum += techniqueWeight(graph.postsByTechnique().get(technique).size());
            }
            if (linked) {
                sum += LINK_WEIGHT;
            }
            score = sum + KEYWORD_WEIGHT * sharedKeywords(ownKeywords, graph.keywords().get(post)).length;
        }

        Related toRelated(Graph graph, int[] ownKeywords) {
            List<String> keywords = new ArrayList<>();
            for (int keyword : sharedKeywords(ownKeywords, graph.keywords().get(post))) {
                keywords.add(graph.keywordNames().get(keyword));
            }
            Collections.sort(keywords);
            return new Related(graph.posts().get(post).url(), score, techniques, linked, keywords);
        }

        /** The numbers both sorted arrays hold, in order. */
        private static int[] sharedKeywords(int[] a, int[] b) {
            int[] shared = new int[Math.min(a.length, b.length)];
            int count = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    shared[count++] = a[i];
                    i++;
                    j++;
                }
            }
            return count == shared.length ? shared : java.util.Arrays.copyOf(shared, count);
        }
    }
}
