package kist.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kist.content.Slugs;
import kist.markdown.Mentions;

/**
 * Everything links resolve against, in parts: each page's address, title, slug, aliases and file,
 * each term's names, each page's headings, each file under content/; {@code hash} is of them all.
 * A part has the names a page would write to use it. A page depends only on the parts it names
 * (by a wikilink, a Markdown or path link, a mention of a technique or a title), and naming one
 * writes all the name's words in the page's text (case and accents aside); so when some parts
 * change, a page whose text holds none of the names those parts had or have renders as it did
 * ({@link Change}).
 */
record LinkEnvironment(String hash, Map<String, Part> parts) {
    LinkEnvironment {
        parts = Map.copyOf(parts);
    }

    /** One part of the environment: its hash, and the names a page may use it by. */
    record Part(String hash, List<String> names) {
        Part {
            names = List.copyOf(names);
        }
    }

    /** What changed from this environment to {@code next}. */
    Change changeTo(LinkEnvironment next) {
        Set<String> changed = new HashSet<>(parts.keySet());
        changed.addAll(next.parts().keySet());
        changed.removeIf(key -> java.util.Objects.equals(parts.get(key), next.parts().get(key)));
        List<Name> names = new ArrayList<>();
        for (String key : changed) {
            List<String> ofPart = namesOf(key, this, next);
            if (key.startsWith(HEADINGS)) {
                // [[Een#Kop]], een.md#kop, /2020/01/een/#kop: a heading is named with its page
                List<String> pageNames = namesOf(pageKey(key.substring(HEADINGS.length())), this, next);
                for (String heading : ofPart) {
                    if (pageNames.isEmpty()) {
                        names.add(new Name(Mentions.words(heading)));
                    }
                    for (String page : pageNames) {
                        List<String> both = new ArrayList<>(Mentions.words(page));
                        both.addAll(Mentions.words(heading));
                        names.add(new Name(both));
                    }
                }
            } else {
                ofPart.forEach(name -> names.add(new Name(Mentions.words(name))));
            }
        }
        // a title, slug and file name are often the same words
        return new Change(hash, next.hash(), Set.copyOf(changed), List.copyOf(new java.util.LinkedHashSet<>(names)));
    }

    /** The names the part of {@code key} had or has. */
    private static List<String> namesOf(String key, LinkEnvironment before, LinkEnvironment after) {
        List<String> names = new ArrayList<>();
        for (LinkEnvironment environment : List.of(before, after)) {
            Part part = environment.parts().get(key);
            if (part != null) {
                names.addAll(part.names());
            }
        }
        return names;
    }

    private static final String HEADINGS = "headings ";

    /** The keys of a page's own parts: its names and address, and its headings. */
    static String pageKey(String url) {
        return "page " + url;
    }

    static String headingsKey(String url) {
        return HEADINGS + url;
    }

    /**
     * A name as its folded words, all of which a page that names it holds (whatever stands between
     * them: line breaks, emphasis, a '#'). No words (a name of punctuation alone) counts as
     * written everywhere.
     */
    record Name(List<String> words) {
        /** The longest (most likely missing) words first, each once: most pages lack one, and are passed after one search. */
        Name {
            words = words.stream().distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        }

        boolean writtenIn(String foldedText) {
            for (String word : words) {
                if (!foldedText.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What changed between two environments: the parts, and the names they had or have. */
    record Change(String from, String to, Set<String> changedParts, List<Name> names) {
        /**
         * Whether a page rendered under {@link #from} renders the same under {@link #to}: none of
         * its own parts changed, it had nothing to report (a "did you mean" offers names from the whole
         * site), and its text holds none of the changed names (and no entity, which only
         * rendering reads).
         */
        boolean keeps(String url, String body, boolean hadDiagnostics) {
            if (hadDiagnostics || changedParts.contains(pageKey(url)) || changedParts.contains(headingsKey(url))) {
                return false;
            }
            if (body.indexOf('&') >= 0) {
                return false; // an entity (K&auml;ser) reads as a letter only once rendered: no telling from the source
            }
            if (names.isEmpty()) {
                return true;
            }
            // folded whole: each word's folded form is in it as it is in the word's (case and accents
            // are folded letter by letter), so a name's folded words are found wherever the page names it
            String text = Slugs.fold(body);
            return names.stream().noneMatch(name -> name.writtenIn(text));
        }
    }
}
