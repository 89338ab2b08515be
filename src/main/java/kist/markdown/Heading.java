package kist.markdown;

import java.util.Objects;

/**
 * One heading of a rendered page.
 *
 * @param level 1 to 6
 * @param text  the heading as plain text, typography applied
 * @param id    the anchor id the heading got in the HTML, unique in the page
 */
public record Heading(int level, String text, String id) {

    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
    }
}
