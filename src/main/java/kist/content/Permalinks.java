package kist.content;

import java.time.LocalDate;

/** Expands a permalink pattern such as {@code /:year/:month/:slug/}. */
public final class Permalinks {
    private Permalinks() {
    }

    public static String expand(String pattern, String slug, LocalDate day) {
        return pattern
                .replace(":year", String.format(java.util.Locale.ROOT, "%04d", day.getYear()))
                .replace(":month", String.format(java.util.Locale.ROOT, "%02d", day.getMonthValue()))
                .replace(":day", String.format(java.util.Locale.ROOT, "%02d", day.getDayOfMonth()))
                .replace(":slug", slug);
    }
}
