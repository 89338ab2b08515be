package kist.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kist.content.Slugs;

/**
 * Every name to look for in plain text, indexed once per build: whole words, ignoring case and
 * diacritics ("Kaser" finds "Käser"), words joined by spaces or hyphens alike ("rapport blok"
 * finds "rapport-blok"). Longer names win. Text is scanned word by word with hash lookups, so the
 * cost grows with the text, not with the number of names.
 */
public final class Mentions {
    static final Mentions NONE = new Mentions(List.of());

    private final Map<String, MentionTarget> byKey;
    /** Every name's leading words ("consultative" of "consultative selling"): a scan stops where no name goes on. */
    private final java.util.Set<String> prefixes;
    private final int longestName;
    /**
     * The hash codes of the names' folded first words, as bits: a plain ASCII word of the text
     * whose lowercase hash is not among them starts no name, and is passed over unfolded.
     */
    private final long[] firstWords = new long[WORD_BITS / 64];
    /** The same for every word of every name: a word of the text not among them continues no name. */
    private final long[] nameWords = new long[WORD_BITS / 64];
    private static final int WORD_BITS = 1 << 20;

    public Mentions(List<MentionTarget> targets) {
        Map<String, MentionTarget> byKey = new HashMap<>();
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        int longest = 0;
        for (MentionTarget target : targets.stream().sorted(Comparator.comparing(MentionTarget::name)).toList()) {
            List<String> words = words(target.name());
            if (!words.isEmpty() && target.name().strip().length() >= 2) {
                byKey.putIfAbsent(String.join(" ", words), target);
                for (int n = 1; n < words.size(); n++) {
                    prefixes.add(String.join(" ", words.subList(0, n)));
                }
                longest = Math.max(longest, words.size());
                setBit(firstWords, words.get(0));
                words.forEach(word -> setBit(nameWords, word));
            }
        }
        this.byKey = Map.copyOf(byKey);
        this.prefixes = java.util.Set.copyOf(prefixes);
        this.longestName = longest;
    }

    private static void setBit(long[] bits, String foldedWord) {
        int bit = foldedWord.hashCode() & (WORD_BITS - 1);
        bits[bit >>> 6] |= 1L << bit;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The words of a text, found once and each folded when first asked for, for every set of names looked up in it. */
    static final class Words {
        private final String text;
        /** Start and end of each word, one after the other. */
        private final int[] spans;
        private final String[] folded;

        private Words(String text) {
            this.text = text;
            this.spans = wordSpans(text);
            this.folded = new String[spans.length / 2];
        }

        static Words of(CharSequence chars) {
            // flexmark's sequences answer charAt through layers of offsets: scan a plain copy
            return new Words(Sequences.text(chars));
        }

        int size() {
            return spans.length / 2;
        }

        int start(int word) {
            return spans[2 * word];
        }

        int end(int word) {
            return spans[2 * word + 1];
        }

        String folded(int word) {
            String fold = folded[word];
            if (fold == null) {
                fold = Slugs.fold(text.substring(start(word), end(word)));
                folded[word] = fold;
            }
            return fold;
        }

        /**
         * Whether the word may fold to one of the words of {@code bits} (hash codes of folded
         * words): a plain ASCII word folds to its lowercase, whose hash is worked out here without
         * making it; any other word may fold to anything.
         */
        boolean mayBeAmong(int word, long[] bits) {
            int hash = 0;
            for (int i = start(word); i < end(word); i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    return true;
                }
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            int bit = hash & (bits.length * 64 - 1);
            return (bits[bit >>> 6] & (1L << bit)) != 0;
        }
    }

    /** Every mention in {@code text}, in order, none overlapping. */
    List<Found> find(CharSequence text) {
        return byKey.isEmpty() ? List.of() : find(Words.of(text));
    }

    List<Found> find(Words words) {
        if (byKey.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Found longest = null;
            if (words.mayBeAmong(i, firstWords)) {
                String candidate = words.folded(i);
                for (int n = 1; n <= longestName && i + n <= words.size(); n++) {
                    if (n > 1) {
                        if (!words.mayBeAmong(i + n - 1, nameWords)
                                || !isWordJoint(words.text, words.end(i + n - 2), words.start(i + n - 1))) {
                            break;
                        }
                        candidate = candidate + " " + words.folded(i + n - 1);
                    }
                    MentionTarget target = byKey.get(candidate);
                    if (target != null) {
                        longest = new Found(words.start(i), words.end(i + n - 1), target);
                    }
                    if (!prefixes.contains(candidate)) {
                        break;
                    }
                }
            }
            if (longest == null) {
                i++;
            } else {
                found.add(longest);
                int end = longest.end();
                while (i < words.size() && words.start(i) < end) {
                    i++;
                }
            }
        }
        return found;
    }

    /** Words of a name, folded: letters and digits, split on anything else. */
    /** The folded words of a name, as mentions match them: runs of letters, digits and marks. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int[] spans = wordSpans(name);
        for (int i = 0; i < spans.length; i += 2) {
            words.add(Slugs.fold(name.substring(spans[i], spans[i + 1])));
        }
        return words;
    }

    /** Start and end of every run of letters, digits and combining marks, one after the other. */
    private static int[] wordSpans(CharSequence text) {
        int[] spans = new int[32];
        int count = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inWord = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || Character.isSurrogate(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                spans = span(spans, count, start, i);
                count += 2;
                start = -1;
            }
        }
        if (start >= 0) {
            spans = span(spans, count, start, text.length());
            count += 2;
        }
        return java.util.Arrays.copyOf(spans, count);
    }

    private static int[] span(int[] spans, int count, int start, int end) {
        int[] room = count + 2 <= spans.length ? spans : java.util.Arrays.copyOf(spans, spans.length * 2);
        room[count] = start;
        room[count + 1] = end;
        return room;
    }

    /** Two words belong to one name when only spaces or one hyphen stand between them. */
    private static boolean isWordJoint(CharSequence text, int from, int to) {
        int hyphens = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                hyphens++;
            } else if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return hyphens <= 1;
    }

    record Found(int start, int end, MentionTarget target) {
    }
}
