package kist.markdown;

import java.util.Objects;

/**
 * Settings of the one Markdown setup of a build.
 *
 * @param rawHtml        whether raw HTML in a body passes through or is escaped
 * @param tocMinHeadings how many level 2–3 headings a page needs before it gets a table of contents
 */
public record MarkdownOptions(RawHtml rawHtml, int tocMinHeadings) {

    public MarkdownOptions {
        Objects.requireNonNull(rawHtml, "rawHtml");
        if (tocMinHeadings < 0) {
            throw new IllegalArgumentException("tocMinHeadings must be 0 or more, was " + tocMinHeadings);
        }
    }

    /** Raw HTML passes, a table of contents from 4 headings on. */
    public static MarkdownOptions defaults() {
        return new MarkdownOptions(RawHtml.PASS, 4);
    }
}
