package kist.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

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
    private final kist.markdown.SourceLines lines;
    private final Map<String, Integer> nextFrom = new HashMap<>();

    SourcePositions(String text, int bodyLine) {
        this.text = text;
        this.lines = new kist.markdown.SourceLines(text, 1);
        this.bodyStart = lines.offsetOfLine(bodyLine);
    }

    /**
     * The position of the next occurrence of the first candidate found, as a whole value: not
     * preceded by a character that would make it part of a longer word or path, nor followed by one.
     */
    Optional<Position> next(List<String> candidates) {
        for (String candidate : candidates) {
            Optional<Position> found = next(candidate, false);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The next {@code #anchor} written after a link target: {@code [x](other.md#anchor)}, {@code [[Other#Anchor]]}. */
    Optional<Position> nextAnchor(String anchor) {
        return anchor.isEmpty() ? Optional.empty() : next(anchor, true);
    }

    private Optional<Position> next(String candidate, boolean afterAnything) {
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        String key = (afterAnything ? "~" : "=") + candidate;
        int from = nextFrom.getOrDefault(key, bodyStart);
        int found = find(candidate, from, afterAnything);
        if (found < 0) {
            return Optional.empty();
        }
        nextFrom.put(key, found + candidate.length());
        return Optional.of(at(found));
    }

    /**
     * The position of the next {@code <tag} holding one of {@code values} whose text passes
     * {@code wanted} (say, has no alt attribute), or of the value when no such tag holds it.
     */
    Optional<Position> nextTag(String tag, List<String> values, Predicate<String> wanted) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String value : values) {
            if (value.isEmpty()) {
                continue;
            }
            String key = "<" + tag + " " + value;
            for (int found = find(value, nextFrom.getOrDefault(key, bodyStart), false); found >= 0;
                 found = find(value, found + 1, false)) {
                int open = lower.lastIndexOf("<" + tag, found);
                int close = open < bodyStart ? -1 : text.indexOf('>', open);
                boolean inTag = open >= bodyStart && close >= found;
                if (!inTag || wanted.test(text.substring(open, close + 1))) {
                    nextFrom.put(key, found + value.length());
                    return Optional.of(at(inTag ? open : found));
                }
            }
        }
        return Optional.empty();
    }

    private int find(String candidate, int from, boolean afterAnything) {
        for (int i = text.indexOf(candidate, from); i >= 0; i = text.indexOf(candidate, i + 1)) {
            int after = i + candidate.length();
            boolean startsClean = i == 0 || afterAnything || !continues(text.charAt(i - 1));
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
        return lines.at(offset);
    }
}
