package kist.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedPostsTest {

    private static final Instant EPOCH = Instant.parse("2007-10-03T00:00:00Z");

    private static RelatedInput post(String url, int day, Set<String> techniques, Set<String> links, String text) {
        return new RelatedInput(url, EPOCH.plus(day, ChronoUnit.DAYS), techniques, links, new java.util.HashSet<>(RelatedPosts.keywords(text)));
    }

    private static RelatedInput post(String url, int day, String... techniques) {
        return post(url, day, Set.of(techniques), Set.of(), "");
    }

    private static List<String> urls(List<Related> related) {
        return related.stream().map(Related::url).toList();
    }

    @Test
    void aRarerSharedTechniqueRanksHigher() {
        // B shares kaser (on 2 posts) with A, C shares spin (on 4 posts). C is newer and its url
        // sorts first, so only the rarity weight can put B ahead.
        List<RelatedInput> posts = List.of(
                post("/a", 0, "kaser", "spin"),
                post("/z-b", 1, "kaser"),
                post("/c", 9, "spin"),
                post("/d", 2, "spin"),
                post("/e", 3, "spin"));

        List<Related> related = RelatedPosts.compute(posts, RelatedPosts.DEFAULT_LIMIT).get("/a");

        assertEquals(List.of("/z-b", "/c", "/e", "/d"), urls(related));
        Related b = related.get(0);
        Related c = related.get(1);
        assertEquals(List.of("kaser"), b.sharedTechniques());
        assertEquals(List.of("spin"), c.sharedTechniques());
        assertEquals(RelatedPosts.techniqueWeight(2), b.score());
        assertEquals(RelatedPosts.techniqueWeight(4), c.score());
        assertEquals(1 / (Math.log(3) / Math.log(2)), RelatedPosts.techniqueWeight(2), 1e-12);
    }

    @ParameterizedTest(name = "{0} links to {1}")
    @CsvSource({"/a, /b", "/b, /a"})
    void aLinkInEitherDirectionCounts(String from, String to) {
        List<RelatedInput> posts = List.of(
                post(from, 0, Set.of(), Set.of(to), ""),
                post(to, 1, Set.of(), Set.of(), ""),
                post("/c", 2, Set.of(), Set.of(), ""));

        Map<String, List<Related>> related = RelatedPosts.compute(posts, 5);

        Related expectedAtA = new Related("/b", RelatedPosts.LINK_WEIGHT, List.of(), true, List.of());
        Related expectedAtB = new Related("/a", RelatedPosts.LINK_WEIGHT, List.of(), true, List.of());
        assertEquals(List.of(expectedAtA), related.get("/a"));
        assertEquals(List.of(expectedAtB), related.get("/b"));
        assertEquals(List.of(), related.get("/c"));
    }

    @Test
    void linksToPagesThatAreNotPostsRelateNothing() {
        List<RelatedInput> posts = List.of(
                post("/a", 0, Set.of(), Set.of("/pages/over-mij", "https://example.org/b"), ""),
                post("/b", 1, Set.of(), Set.of(), ""));

        Map<String, List<Related>> related = RelatedPosts.compute(posts, 5);

        assertEquals(List.of(), related.get("/a"));
        assertEquals(List.of(), related.get("/b"));
    }

    @Test
    void aSharedKeywordBreaksATie() {
        // B and C share the same technique with A; C is newer and sorts first by url, so without
        // the keyword it would lead.
        List<RelatedInput> posts = List.of(
                post("/a", 0, Set.of("anker"), Set.of(), "De picknickmand staat klaar."),
                post("/z-b", 1, Set.of("anker"), Set.of(), "Een picknickmand vol technieken."),
                post("/c", 2, Set.of("anker"), Set.of(), "Over de gereedschapskist."));

        List<Related> related = RelatedPosts.compute(posts, 5).get("/a");

        assertEquals(List.of("/z-b", "/c"), urls(related));
        assertEquals(List.of("picknickmand"), related.get(0).sharedKeywords());
        assertEquals(List.of(), related.get(1).sharedKeywords());
        assertEquals(related.get(1).score() + RelatedPosts.KEYWORD_WEIGHT, related.get(0).score());
    }

    @Test
    void neverItselfAndNeverTwice() {
        // A links to itself and shares a technique, a link and a keyword with B: B appears once,
        // with every reason listed.
        List<RelatedInput> posts = List.of(
                post("/a", 0, Set.of("spin"), Set.of("/a", "/b"), "Rapport rapport rapport."),
                post("/b", 1, Set.of("spin"), Set.of("/a"), "Rapport eerst."));

        Map<String, List<Related>> related = RelatedPosts.compute(posts, 5);

        double expected = RelatedPosts.techniqueWeight(2) + RelatedPosts.LINK_WEIGHT + RelatedPosts.KEYWORD_WEIGHT;
        assertEquals(List.of(new Related("/b", expected, List.of("spin"), true, List.of("rapport"))), related.get("/a"));
        assertEquals(List.of(new Related("/a", expected, List.of("spin"), true, List.of("rapport"))), related.get("/b"));
    }

    @Test
    void postsSharingNothingAreNotRelated() {
        List<RelatedInput> posts = List.of(
                post("/a", 0, Set.of("anker"), Set.of(), "Het anker ligt vast."),
                post("/b", 1, Set.of("spin"), Set.of(), "Vragen stellen werkt."));

        Map<String, List<Related>> related = RelatedPosts.compute(posts, 5);

        assertEquals(Map.of("/a", List.of(), "/b", List.of()), related);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, 1, 3, 5, 7, 20})
    void theLimitIsRespected(int limit) {
        List<RelatedInput> posts = IntStream.range(0, 8).mapToObj(i -> post("/p" + i, i, "anker")).toList();

        Map<String, List<Related>> related = RelatedPosts.compute(posts, limit);

        assertEquals(8, related.size());
        related.values().forEach(list -> assertEquals(Math.min(limit, 7), list.size()));
    }

    @Test
    void theDefaultLimitIsFive() {
        List<RelatedInput> posts = IntStream.range(0, 8).mapToObj(i -> post("/p" + i, i, "anker")).toList();

        assertEquals(5, RelatedPosts.DEFAULT_LIMIT);
        assertEquals(List.of("/p7", "/p6", "/p5", "/p4", "/p3"),
                urls(RelatedPosts.compute(posts, RelatedPosts.DEFAULT_LIMIT).get("/p0")));
    }

    @Test
    void aNegativeLimitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RelatedPosts.compute(List.of(), -1));
    }

    @Test
    void duplicateUrlsAreRejected() {
        List<RelatedInput> posts = List.of(post("/a", 0, "anker"), post("/a", 1, "spin"));

        assertThrows(IllegalArgumentException.class, () -> RelatedPosts.compute(posts, 5));
    }

    @Test
    void equalScoresOrderByNewerDateThenUrl() {
        List<RelatedInput> posts = List.of(
                post("/a", 0, "anker"),
                post("/old", 1, "anker"),
                post("/new-y", 5, "anker"),
                post("/new-x", 5, "anker"));

        List<Related> related = RelatedPosts.compute(posts, 5).get("/a");

        assertEquals(List.of("/new-x", "/new-y", "/old"), urls(related));
        assertEquals(1, related.stream().map(Related::score).distinct().count());
    }

    /**
     * X's text changes; a post that shares no technique, link or keyword with X before or after
     * must keep its list. P holds "zeldzaam" once, outside its top 12, and X's new text is full of
     * it: a scorer that picked keywords with site-wide statistics would change P's list here.
     */
    @Test
    void changingOnePostsTextChangesOnlyListsOfPostsSharingSomethingWithIt() {
        String pText = "anker anker anker anker rapport rapport rapport spin spin spin kaser kaser kaser "
                + "consultatief consultatief solution solution inkopen inkopen helpen helpen toolbox toolbox "
                + "vraag vraag klant klant verkoop verkoop zeldzaam";
        List<RelatedInput> before = List.of(
                post("/p", 0, Set.of("anker"), Set.of(), pText),
                post("/q", 1, Set.of("anker"), Set.of(), "Anker en rapport in de toolbox."),
                post("/r", 2, Set.of("spin"), Set.of("/s"), "Vragen over situatie en probleem."),
                post("/s", 3, Set.of("spin"), Set.of(), "Probleem en implicatie."),
                post("/x", 4, Set.of("trukendoos"), Set.of(), "Picknickmand picknickmand situatie."),
                post("/y", 5, Set.of("trukendoos"), Set.of(), "De trukendoos is leeg."),
                post("/w", 6, Set.of(), Set.of(), "Verkoop voor beginners."));
        List<RelatedInput> after = new ArrayList<>(before);
        after.set(4, post("/x", 4, Set.of("trukendoos"), Set.of(),
                "Zeldzaam zeldzaam zeldzaam zeldzaam: een beginners verhaal."));

        Map<String, List<Related>> resultBefore = RelatedPosts.compute(before, 5);
        Map<String, List<Related>> resultAfter = RelatedPosts.compute(after, 5);

        RelatedInput xBefore = before.get(4);
        RelatedInput xAfter = after.get(4);
        List<String> untouched = before.stream()
                .filter(p -> !sharesAnything(p, xBefore) && !sharesAnything(p, xAfter))
                .map(RelatedInput::url)
                .toList();
        assertEquals(List.of("/p", "/q", "/s"), untouched, "fixture: the posts X never touches");
        for (String url : untouched) {
            assertEquals(resultBefore.get(url), resultAfter.get(url), url);
        }
        // The edit must matter somewhere, or this test proves nothing.
        assertNotEquals(resultBefore.get("/r"), resultAfter.get("/r"));
        assertNotEquals(resultBefore.get("/w"), resultAfter.get("/w"));
    }

    /**
     * An update made from the previous lists equals computing everything again, edit after edit:
     * keywords (one of them on about {@link RelatedPosts#KEYWORD_FANOUT} posts, so that edits move
     * it across), links both ways, techniques and dates, one to four posts at a time.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 2007})
    void anUpdateEqualsComputingAgain(long seed) {
        Random random = new Random(seed);
        int size = 400;
        List<RelatedInput> posts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            RelatedInput post = randomPost(random, i, size);
            // the shared word starts on exactly KEYWORD_FANOUT posts: one more and it finds no candidates
            Set<String> keywords = new HashSet<>(post.keywords());
            keywords.remove("gedeeld");
            if (i % 6 == 0 && i / 6 < RelatedPosts.KEYWORD_FANOUT) {
                keywords.add("gedeeld");
            }
            posts.add(new RelatedInput(post.url(), post.date(), post.techniques(), post.links(), keywords));
        }
        RelatedPosts.Lists lists = RelatedPosts.lists(posts, 5);
        int updatedLists = 0;
        int crossings = 0;
        for (int step = 0; step < 200; step++) {
            List<RelatedInput> now = new ArrayList<>(posts);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(size);
                RelatedInput was = now.get(at);
                RelatedInput fresh = randomPost(random, at, size);
                now.set(at, switch (random.nextInt(4)) {
                    case 0 -> new RelatedInput(was.url(), was.date(), was.techniques(), was.links(), fresh.keywords());
                    case 1 -> new RelatedInput(was.url(), was.date(), was.techniques(), fresh.links(), was.keywords());
                    case 2 -> new RelatedInput(was.url(), was.date(), fresh.techniques(), was.links(), was.keywords());
                    default -> new RelatedInput(was.url(), fresh.date(), was.techniques(), was.links(), was.keywords());
                });
            }
            Map<String, List<Related>> expected = RelatedPosts.compute(now, 5);
            RelatedPosts.Lists updated = RelatedPosts.update(lists, now, 5);
            assertEquals(expected, updated.byUrl(), "step " + step);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(updated.byUrl().keySet()), "step " + step);
            for (String url : expected.keySet()) {
                updatedLists += expected.get(url).equals(lists.byUrl().get(url)) ? 0 : 1;
            }
            crossings += (sharing(posts, "gedeeld") <= RelatedPosts.KEYWORD_FANOUT) != (sharing(now, "gedeeld") <= RelatedPosts.KEYWORD_FANOUT)
                    ? 1 : 0;
            posts = now;
            lists = updated;
        }
        assertTrue(updatedLists > 200, "the edits changed lists: " + updatedLists);
        assertTrue(crossings > 0, "an edit moved the shared word across the fan-out");
    }

    private static long sharing(List<RelatedInput> posts, String keyword) {
        return posts.stream().filter(post -> post.keywords().contains(keyword)).count();
    }

    private static RelatedInput randomPost(Random random, int number, int size) {
        String[] techniques = {"anker", "spin", "kaser", "rapport-blok", "helpen-inkopen", "trukendoos", "waarom", "luisteren"};
        Set<String> own = new HashSet<>();
        Set<String> links = new HashSet<>();
        Set<String> keywords = new HashSet<>();
        for (int j = random.nextInt(3); j > 0; j--) {
            own.add(techniques[random.nextInt(techniques.length)]);
        }
        for (int j = random.nextInt(3); j > 0; j--) {
            // near neighbours, so that posts often link both ways (and now and then to themselves)
            links.add("/p" + Math.floorMod(number + random.nextInt(7) - 3, size));
        }
        for (int j = 0; j < 4; j++) {
            // one word on about KEYWORD_FANOUT posts, so that edits move it across, one on many, the others rare
            double draw = random.nextDouble();
            keywords.add(draw < 0.043 ? "gedeeld" : draw < 0.2 ? "vaak" : "woord" + random.nextInt(500));
        }
        return new RelatedInput("/p" + number, EPOCH.plus(random.nextInt(20), ChronoUnit.DAYS), own, links, keywords);
    }

    private static boolean sharesAnything(RelatedInput a, RelatedInput b) {
        return !Collections.disjoint(a.techniques(), b.techniques())
                || a.links().contains(b.url()) || b.links().contains(a.url())
                || !Collections.disjoint(a.keywords(), b.keywords());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2007})
    void theResultDoesNotDependOnInputOrder(long seed) {
        List<RelatedInput> posts = new ArrayList<>();
        String[] techniques = {"anker", "spin", "kaser", "rapport-blok", "helpen-inkopen"};
        String[] words = {"klant", "verkoper", "picknickmand", "trukendoos", "vragen", "luisteren", "waarom"};
        Random random = new Random(seed);
        for (int i = 0; i < 30; i++) {
            Set<String> own = new HashSet<>();
            Set<String> links = new HashSet<>();
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 2; j++) {
                own.add(techniques[random.nextInt(techniques.length)]);
                links.add("/p" + random.nextInt(30));
            }
            for (int j = 0; j < 6; j++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            posts.add(post("/p" + i, random.nextInt(5), own, links, text.toString()));
        }
        Map<String, List<Related>> expected = RelatedPosts.compute(posts, 5);

        List<RelatedInput> shuffled = new ArrayList<>(posts);
        Collections.shuffle(shuffled, new Random(seed * 31));
        Map<String, List<Related>> actual = RelatedPosts.compute(shuffled, 5);

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
        assertEquals(expected.keySet().stream().sorted().toList(), List.copyOf(actual.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"voor", "maar", "zijn", "niet", "hebben", "that", "with", "this", "about", "would"})
    void stopwordsAreIgnored(String stopword) {
        String text = stopword + " " + stopword.toUpperCase(java.util.Locale.ROOT) + " " + stopword + " anker";

        assertEquals(List.of("anker"), RelatedPosts.keywords(text));
    }

    @Test
    void shortWordsAreIgnoredAndCaseIsFolded() {
        assertEquals(List.of("anker", "spin"), RelatedPosts.keywords("de kat, het DAK; Anker ANKER anker SPIN"));
    }

    @Test
    void keywordsAreTheTwelveMostFrequentTiesByWord() {
        StringBuilder text = new StringBuilder("zwaluw zwaluw zwaluw ");
        for (String word : List.of("bbbb", "aaaa", "dddd", "cccc", "ffff", "eeee", "hhhh", "gggg",
                "jjjj", "iiii", "llll", "kkkk", "mmmm")) {
            text.append(word).append(' ');
        }

        assertEquals(List.of("zwaluw", "aaaa", "bbbb", "cccc", "dddd", "eeee", "ffff", "gggg", "hhhh",
                "iiii", "jjjj", "kkkk"), RelatedPosts.keywords(text.toString()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "ideeën, ideeen",
            "geëvalueerd, geevalueerd",
            "Café, cafe",
            "e\u0301tude, étude",
            "\u0133sberg, ijsberg",
            "KÄSER, kaser"})
    void dutchDiacriticsAreFolded(String spelled, String plain) {
        List<String> expected = List.of(RelatedPosts.keywords(plain).get(0));

        assertEquals(expected, RelatedPosts.keywords(spelled));
        assertEquals(1, RelatedPosts.keywords(spelled + " " + plain).size());
    }

    @Test
    void aDiacriticDoesNotSplitAWord() {
        // Decomposed é is a letter plus a mark; if the mark ended the word, "ideeën" would
        // become "idee" + "n".
        assertEquals(List.of("ideeen"), RelatedPosts.keywords("ideee\u0308n"));
        assertEquals(List.of("ideeen"), RelatedPosts.keywords("ideeën"));
    }

    @Test
    void postsSpelledWithAndWithoutDiacriticsShareAKeyword() {
        List<RelatedInput> posts = List.of(
                post("/a", 0, Set.of(), Set.of(), "Nieuwe ideeën."),
                post("/b", 1, Set.of(), Set.of(), "Oude ideeen."));

        List<Related> related = RelatedPosts.compute(posts, 5).get("/a");

        assertEquals(List.of(new Related("/b", RelatedPosts.KEYWORD_WEIGHT, List.of(), false, List.of("ideeen"))), related);
    }

    @Test
    void otherScriptsKeepTheirMarks() {
        // й is и with a breve; in Cyrillic that is another letter, so it must not fold away.
        assertFalse(RelatedPosts.keywords("йога").equals(RelatedPosts.keywords("иога")));
        assertTrue(RelatedPosts.keywords("йога").contains("йога"));
    }

    @Test
    void aWordMostPostsShareFindsNoCandidatesButStillCounts() {
        java.util.List<RelatedInput> posts = new java.util.ArrayList<>();
        for (int i = 0; i < RelatedPosts.KEYWORD_FANOUT + 10; i++) {
            posts.add(post("/common-" + i + "/", 1 + i % 27, Set.of(), Set.of(), "verkoop verkoop verkoop"));
        }
        posts.add(post("/a/", 1, Set.of("anker"), Set.of(), "verkoop verkoop verkoop"));
        posts.add(post("/b/", 2, Set.of("anker"), Set.of(), "verkoop verkoop verkoop"));

        java.util.Map<String, java.util.List<Related>> related = RelatedPosts.compute(posts, 5);

        assertEquals(java.util.List.of(), related.get("/common-0/"), "a common word alone relates nothing");
        Related b = related.get("/a/").get(0);
        assertEquals("/b/", b.url());
        assertEquals(java.util.List.of("verkoop"), b.sharedKeywords(), "but it adds to a pair found otherwise");
        assertEquals(1, related.get("/a/").size());
    }
}
