package kist.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import kist.cache.Reuse;
import kist.content.Document;
import kist.content.Page;
import kist.content.Slugs;
import kist.content.Taxonomies;
import kist.content.WordTable;
import kist.content.Term;
import kist.content.TermIndexer;
import kist.markdown.RenderedMarkdown;

/**
 * The site's search index, {@code search.json}, read by the search page's script
 * ({@code templates/assets/search.js}), so search works on any static host:
 * <pre>
 * {"version":1,"pages":[
 * {"title":"Het anker","url":"/2007/10/het-anker/","kind":"post","summary":"…","techniques":["anker","SPIN"],
 *  "folded":["het anker","anker spin","wie het eerste …","vorige week pakte ik …"]},
 * …]}
 * </pre>
 * The first fields are shown as they are; {@code folded} is what a query is matched against, in
 * rank order (title, techniques, summary, text), folded once here with {@link Slugs#fold} so that
 * "kaser" finds "Käser", and reduced to words separated by single spaces. The text is kept as its
 * distinct words only, which is all that matching needs and keeps long posts small.
 * Posts come newest first, then technique pages by name: the order ties are broken in.
 */
public final class SearchIndex {
    public static final String PATH = "search.json";
    static final int MAX_SUMMARY_CHARS = 280;
    static final int MAX_TEXT_WORDS = 2000;

    private SearchIndex() {
    }

    /**
     * One page a reader can find. {@code techniques} may hold more (aliases) for matching than it
     * shows; {@code searchWords} are those of its text ({@link #searchWords(String)}).
     */
    record Entry(String title, String url, String kind, String summary, List<String> techniques,
                 List<String> techniquesToMatch, String searchWords) {
    }

    /** Everything a post's entry is made from. */
    private record PostEntrySources(String rootPath, Document document, String url, RenderedMarkdown markdown, List<String> techniques,
                                    String searchWords) {
    }

    /** A page and what its rendering gave: its body and {@link #searchWords(String)} of its plain text. */
    public record Text(Page page, RenderedMarkdown markdown, String searchWords) {
    }

    /**
     * The index of every post and technique page.
     *
     * @param rootPath     the site's root path ("/" or "/blog/"), so the URLs work under a sub-path
     * @param posts        newest first
     * @param descriptions the text of a technique's description page
     * @param reuse        a post's entry, and an entry's JSON, made in the previous build, while what they are made of is the same
     */
    public static OutputFile file(String rootPath, List<Text> posts, Taxonomies taxonomies, Function<Page, Text> descriptions,
                                  Reuse reuse) {
        // a post's entry is made of its document, rendering, techniques' names and search words: one object while they are
        List<Entry> entries = new ArrayList<>(reuse.each("search entry", posts, post -> post.page().url(),
                post -> new PostEntrySources(rootPath, post.page().document(), post.page().url(), post.markdown(),
                        taxonomies.termsOf(post.page(), TermIndexer.TECHNIQUES).stream().map(Term::name).toList(), post.searchWords()),
                (post, sources) -> new Entry(post.page().title(), link(rootPath, post.page().url()), "post", summary(post),
                        sources.techniques(), sources.techniques(), post.searchWords())));
        for (Term term : taxonomies.terms(TermIndexer.TECHNIQUES)) {
            List<String> names = new ArrayList<>(List.of(term.name()));
            names.addAll(term.aliases());
            Optional<Text> description = term.description().map(descriptions);
            entries.add(new Entry(term.title(), link(rootPath, term.url()), "technique",
                    description.map(SearchIndex::summary).orElse(""), List.of(term.name()), names,
                    description.map(Text::searchWords).orElse("")));
        }
        return new OutputFile.Joined(PATH, json(entries, reuse), "search index");
    }

    /**
     * One entry per line, in UTF-8, as parts of the file: each entry's bytes are made once and kept
     * while it stays the same, so that a server hands on some 16 MB of entries without joining,
     * copying or comparing them again.
     */
    static List<byte[]> json(List<Entry> entries, Reuse reuse) {
        List<byte[]> objects = reuse.each("search", entries, Entry::url, entry -> entry,
                (entry, same) -> json(same).getBytes(StandardCharsets.UTF_8));
        byte[] first = "\n".getBytes(StandardCharsets.US_ASCII);
        byte[] next = ",\n".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = new ArrayList<>(2 * objects.size() + 2);
        parts.add("{\"version\":1,\"pages\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < objects.size(); i++) {
            parts.add(i == 0 ? first : next);
            parts.add(objects.get(i));
        }
        parts.add("\n]}\n".getBytes(StandardCharsets.US_ASCII));
        return parts;
    }

    private static String json(Entry entry) {
        return new Json(1024).beginObject()
                .member("title", entry.title())
                .member("url", entry.url())
                .member("kind", entry.kind())
                .member("summary", entry.summary())
                .member("techniques", entry.techniques())
                .member("folded", folded(entry))
                .endObject().toString();
    }

    /** What a query is matched against, in rank order: title, techniques, summary, the text's distinct words. */
    private static List<String> folded(Entry entry) {
        return List.of(words(entry.title()), words(String.join(" ", entry.techniquesToMatch())), words(entry.summary()),
                entry.searchWords());
    }

    /** The folded words of {@code text}, separated by single spaces. */
    static String words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, new WordSink() {
            @Override
            public boolean ascii(String text, int start, int end) {
                return words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            }

            @Override
            public boolean folded(String word) {
                return words.add(word);
            }
        });
        return String.join(" ", words);
    }

    /** What a page's text is matched by: its first distinct folded words, in the order they first appear. */
    public static String searchWords(String plainText) {
        return String.join(" ", distinctWords(plainText, MAX_TEXT_WORDS));
    }

    /** The first {@code limit} distinct folded words of {@code text}, in the order they first appear. */
    static List<String> distinctWords(String text, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        WordTable distinct = new WordTable();
        forEachWord(text, new WordSink() {
            @Override
            public boolean ascii(String text, int start, int end) {
                distinct.addAscii(text, start, end);
                return distinct.size() < limit;
            }

            @Override
            public boolean folded(String word) {
                distinct.add(word);
                return distinct.size() < limit;
            }
        });
        return distinct.words();
    }

    /** Takes the words of a text as they are found; says whether it wants more. */
    private interface WordSink {
        /** A word of plain ASCII letters and digits at {@code text[start, end)}: folded, it is its lowercase. */
        boolean ascii(String text, int start, int end);

        boolean folded(String word);
    }

    /**
     * Words are runs of letters, digits and combining marks after folding, as in
     * {@link Slugs#slugify}; search.js splits a query by the same rule. The text is cut into runs
     * first and each run is folded on its own: most are plain ASCII and need lowercasing only.
     */
    private static void forEachWord(String text, WordSink sink) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean ascii = true;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                        break;
                    }
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!isWordPart(cp)) {
                        break;
                    }
                    ascii = false;
                    i += Character.charCount(cp);
                }
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
            } else if (ascii) {
                if (!sink.ascii(text, start, i)) {
                    return;
                }
            } else {
                for (String word : splitFolded(Slugs.fold(text.substring(start, i)))) {
                    if (!sink.folded(word)) {
                        return;
                    }
                }
            }
        }
    }

    /** Folding may turn a run into more than one word (a compatibility character that decomposes to a space). */
    private static List<String> splitFolded(String folded) {
        List<String> words = new ArrayList<>(1);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The page's summary as plain text, cut at a word near {@link #MAX_SUMMARY_CHARS}. */
    private static String summary(Text page) {
        String text = page.page().frontMatter().summary()
                .orElseGet(page.markdown()::summaryText).strip();
        if (text.length() <= MAX_SUMMARY_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_SUMMARY_CHARS);
        int cut = space > MAX_SUMMARY_CHARS / 2 ? space
                : Character.isHighSurrogate(text.charAt(MAX_SUMMARY_CHARS - 1)) ? MAX_SUMMARY_CHARS - 1 : MAX_SUMMARY_CHARS;
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String link(String rootPath, String url) {
        return rootPath + (url.startsWith("/") ? url.substring(1) : url);
    }
}
