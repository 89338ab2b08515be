package kist.render;

import java.util.List;
import java.util.Objects;

import kist.graph.RelatedPosts;
import kist.output.SearchIndex;

/**
 * What is counted and indexed of a body's plain text: its number of words (reading time), its
 * keywords (related posts) and its distinct folded words (search; "" for a site without search).
 * Worked out once per body, as it is rendered, and kept with the rendering in the build cache.
 */
public record TextFacts(int words, List<String> keywords, String searchWords) {
    public TextFacts {
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(searchWords, "searchWords");
    }

    public static TextFacts of(String plainText, boolean searchWords) {
        return new TextFacts(wordCount(plainText), RelatedPosts.keywords(plainText),
                searchWords ? SearchIndex.searchWords(plainText) : "");
    }

    /** Runs of non-white-space characters. */
    static int wordCount(String plainText) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < plainText.length(); i++) {
            char c = plainText.charAt(i);
            boolean white = c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
                    : Character.isWhitespace(c);
            if (!white && !inWord) {
                words++;
            }
            inWord = !white;
        }
        return words;
    }
}
