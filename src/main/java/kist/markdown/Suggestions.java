package kist.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kist.content.Slugs;

/** "Did you mean ...?": the names closest to what was written, by edit distance on folded text. */
final class Suggestions {
    private Suggestions() {
    }

    static List<String> closest(String written, java.util.Collection<String> names, int limit) {
        String target = Slugs.fold(written);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String name : names) {
            String folded = Slugs.fold(name);
            int distance = folded.contains(target) || target.contains(folded) ? Math.abs(folded.length() - target.length()) / 2
                    : distance(target, folded);
            if (distance <= Math.max(3, target.length() / 2)) {
                scored.add(new Scored(name, distance));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name).distinct().limit(limit).toList();
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String didYouMean(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        return "did you mean " + String.join(" or ", names.stream().map(name -> "[[" + name + "]]").toList()) + "?";
    }
}
