package kist.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kist.content.Slugs;

/**
 * Every name to look for in plain text, compiled once per build into one pattern: whole words,
 * ignoring case and diacritics ("Kaser" finds "Käser"). Longer names win ("rapport-blok" before
 * "rapport").
 */
public final class Mentions {
    static final Mentions NONE = new Mentions(List.of());

    private final Optional<Pattern> pattern;
    private final Map<String, MentionTarget> byFoldedName;

    public Mentions(List<MentionTarget> targets) {
        Map<String, MentionTarget> byName = new HashMap<>();
        for (MentionTarget target : targets.stream().sorted(Comparator.comparing(MentionTarget::name)).toList()) {
            if (target.name().strip().length() >= 2) {
                byName.putIfAbsent(Slugs.fold(target.name().strip()), target);
            }
        }
        this.byFoldedName = Map.copyOf(byName);
        List<String> alternatives = new ArrayList<>();
        for (MentionTarget target : byName.values()) {
            alternatives.add(target.name().strip());
            alternatives.add(Slugs.fold(target.name().strip()));
        }
        this.pattern = alternatives.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives.stream().distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                        .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public boolean isEmpty() {
        return pattern.isEmpty();
    }

    /** Every mention in {@code text}, in order. */
    List<Found> find(CharSequence text) {
        if (pattern.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.get().matcher(text);
        while (matcher.find()) {
            MentionTarget target = byFoldedName.get(Slugs.fold(matcher.group()).toLowerCase(Locale.ROOT));
            if (target != null) {
                found.add(new Found(matcher.start(), matcher.end(), target));
            }
        }
        return found;
    }

    record Found(int start, int end, MentionTarget target) {
    }
}
