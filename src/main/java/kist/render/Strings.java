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
        Locale locale = Locale.forLanguageTag(language);
        return DateTimeFormatter.ofPattern(entries.getOrDefault("date.long", "EEEE, MMMM d, yyyy"), locale).format(day);
    }

    /** "3 okt 2007": for lists where the weekday is noise. */
    public String shortDate(LocalDate day) {
        Locale locale = Locale.forLanguageTag(language);
        return DateTimeFormatter.ofPattern(entries.getOrDefault("date.short", "MMM d, yyyy"), locale).format(day);
    }
}
