package kist.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.ArrayList;
import java.util.List;

/** Builds the nested list of level 2–3 headings; the theme wraps it in whatever it likes. */
final class TableOfContents {

    private static final int TOP_LEVEL = 2;
    private static final int BOTTOM_LEVEL = 3;

    private TableOfContents() {
    }

    static String html(List<Heading> headings, int minHeadings) {
        List<Heading> entries = new ArrayList<>();
        for (Heading heading : headings) {
            if (heading.level() >= TOP_LEVEL && heading.level() <= BOTTOM_LEVEL && !heading.id().isEmpty()) {
                entries.add(heading);
            }
        }
        if (entries.isEmpty() || entries.size() < minHeadings) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul>\n");
        int depth = 0;
        boolean first = true;
        for (Heading entry : entries) {
            // an h3 before any h2 goes at the top, so no list item is ever empty
            int target = first ? 0 : Math.min(entry.level() - TOP_LEVEL, depth + 1);
            if (!first) {
                if (target > depth) {
                    html.append("\n<ul>\n");
                } else {
                    html.append("</li>\n");
                    for (; depth > target; depth--) {
                        html.append("</ul>\n</li>\n");
                    }
                }
            }
            depth = target;
            first = false;
            html.append("<li><a href=\"#").append(Escaping.escapeHtml(entry.id(), true)).append("\">")
                    .append(Escaping.escapeHtml(entry.text(), false)).append("</a>");
        }
        html.append("</li>\n");
        for (; depth > 0; depth--) {
            html.append("</ul>\n</li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
