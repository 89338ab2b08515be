package kist.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The theme's interface strings for the site's language, and its date format. */
public record Strings(String language, Map<String, String> entries) {

    public Strings {
        entries = Map.copyOf(entries);
    }

    /** The string for {@code key}; a missing key shows as itself so it is easy to spot and add. */
    public String get(String key) {
        return entries.getOrDefault(key, key);
    }

    /** {@code get(key)} with {0}, {1}... replaced by the arguments. */
    public String format(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** "1 bericht", "3 berichten": {@code key.one} for one, {@code key.other} for any other number. */
    public String count(String key, int n) {
        return format(key + (n == 1 ? ".one" : ".other"), n);
    }

    /** "woensdag 3 oktober 2007" in Dutch, "Wednesday, October 3, 2007" in English. */
    public String longDate(LocalDate day) {
        return date(day, entries.getOrDefault("date.long", "EEEE, MMMM d, yyyy"));
    }

    /** "3 okt. 2007": for lists where the weekday is noise. */
    public String shortDate(LocalDate day) {
        return date(day, entries.getOrDefault("date.short", "MMM d, yyyy"));
    }

    /** "oktober" in Dutch: the name of a month on its own (the archive's headings). */
    public String monthName(int month) {
        return date(LocalDate.of(2000, month, 1), "LLLL");
    }

    /**
     * {@code day} by a {@link DateTimeFormatter} pattern whose month and weekday names (MMMM, MMM,
     * LLLL, LLL, EEEE) come from the strings {@code date.months}, {@code date.monthsShort} and
     * {@code date.weekdays} (names separated by spaces, January and Monday first) where the theme
     * gives them: the JDK's own names change with its version ("okt." in 17, "okt" in 25), and a
     * site must read the same whichever JDK builds it. A name the strings lack is the JDK's.
     */
    String date(LocalDate day, String pattern) {
        StringBuilder rewritten = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                // quoted text, with '' for a quote, is copied as it is
                int end = i + 1;
                while (end < pattern.length()) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                rewritten.append(pattern, i, Math.min(end + 1, pattern.length()));
                i = end + 1;
                continue;
            }
            int run = i;
            while (run < pattern.length() && pattern.charAt(run) == c) {
                run++;
            }
            String name = name(c, run - i, day);
            if (name == null) {
                rewritten.append(pattern, i, run);
            } else {
                rewritten.append('\'').append(name.replace("'", "''")).append('\'');
            }
            i = run;
        }
        return DateTimeFormatter.ofPattern(rewritten.toString(), Locale.forLanguageTag(language)).format(day);
    }

    /** The theme's name that pattern letter {@code letter} repeated {@code count} times stands for, or null. */
    private String name(char letter, int count, LocalDate day) {
        if ((letter == 'M' || letter == 'L') && (count == 3 || count == 4)) {
            return nth(count == 3 ? "date.monthsShort" : "date.months", day.getMonthValue(), 12);
        }
        if (letter == 'E' && count == 4) {
            return nth("date.weekdays", day.getDayOfWeek().getValue(), 7);
        }
        return null;
    }

    private String nth(String key, int number, int count) {
        String names = entries.get(key);
        if (names == null) {
            return null;
        }
        String[] split = names.strip().split("\\s+");
        return split.length == count ? split[number - 1] : null;
    }
}
