package kist.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kist.diag.Position;

/**
 * Finds where something in a rendered page was written in its Markdown source: the output keeps
 * what the author wrote in raw HTML and in {@code #anchor} links as it is, and kist only prefixes
 * links from the site root with the site's path, so searching the body for the written text
 * finds the place. Each text is found at its next occurrence, so a link written twice and
 * broken twice is reported at both places. Not found (a link kist made from a wikilink, say):
 * empty, and the caller reports the file alone.
 */
final class SourcePositions {
    private final String text;
    private final int bodyStart;
    private final int[] lineStarts;
    private final Map<String, Integer> nextFrom = new HashMap<>();

    SourcePositions(String text, int bodyLine) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.bodyStart = bodyLine >= 1 && bodyLine <= count ? lineStarts[bodyLine - 1] : 0;
    }

    /**
     * The position of the next occurrence of the first candidate found, as a whole value: not
     * preceded by a character that would make it part of a longer word or path, nor followed by one.
     */
    Optional<Position> next(List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate.isEmpty()) {
                continue;
            }
            int from = nextFrom.getOrDefault(candidate, bodyStart);
            int found = find(candidate, from);
            if (found >= 0) {
                nextFrom.put(candidate, found + candidate.length());
                return Optional.of(at(found));
            }
        }
        return Optional.empty();
    }

    /** The position of the {@code <tag} that holds the next occurrence of {@code value}, or of the value itself. */
    Optional<Position> nextTag(String tag, List<String> values) {
        for (String value : values) {
            if (value.isEmpty()) {
                continue;
            }
            String key = "<" + tag + " " + value;
            int from = nextFrom.getOrDefault(key, bodyStart);
            int found = find(value, from);
            if (found >= 0) {
                nextFrom.put(key, found + value.length());
                int open = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("<" + tag, found);
                boolean sameTag = open >= bodyStart && text.indexOf('>', open) >= found;
                return Optional.of(at(sameTag ? open : found));
            }
        }
        return Optional.empty();
    }

    private int find(String candidate, int from) {
        for (int i = text.indexOf(candidate, from); i >= 0; i = text.indexOf(candidate, i + 1)) {
            int after = i + candidate.length();
            boolean startsClean = i == 0 || candidate.startsWith("#") || !continues(text.charAt(i - 1));
            boolean endsClean = after >= text.length() || !continues(text.charAt(after));
            if (startsClean && endsClean) {
                return i;
            }
        }
        return -1;
    }

    /** Characters that would make a match part of a longer URL, id or word. */
    private static boolean continues(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '#' || c == '%';
    }

    private Position at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }
}
