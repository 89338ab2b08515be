package kist.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One comment of a post's read-only thread, read from the post's {@code comments:} front matter
 * (as {@code kist import blogger} writes it): author, date, plain text and nested replies.
 * Entries that are not maps are skipped, so a hand-edited list cannot break the page.
 */
public record CommentView(String author, String datetime, Optional<LocalDate> day, String text, List<CommentView> replies) {
    private static final int MAX_DEPTH = 20;

    public CommentView {
        replies = List.copyOf(replies);
    }

    /** The thread in {@code comments}, a front matter value in plain form (a list of maps), or none. */
    public static List<CommentView> of(Object comments) {
        return of(comments, 0);
    }

    private static List<CommentView> of(Object comments, int depth) {
        if (!(comments instanceof List<?> list) || depth > MAX_DEPTH) {
            return List.of();
        }
        List<CommentView> views = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                String date = text(map.get("date"));
                views.add(new CommentView(text(map.get("author")), date, day(date), text(map.get("text")),
                        of(map.get("replies"), depth + 1)));
            }
        }
        return views;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static Optional<LocalDate> day(String date) {
        try {
            return Optional.of(OffsetDateTime.parse(date).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException notADay) {
                return Optional.empty();
            }
        }
    }
}
