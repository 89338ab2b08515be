package kist.importer;

import java.util.List;
import java.util.Optional;

/** A parsed Blogger export: the blog's title, its address when the export says, its entries in file order. */
record BloggerExport(Format format, String title, Optional<String> blogUrl, List<BloggerEntry> entries) {

    BloggerExport {
        entries = List.copyOf(entries);
    }

    enum Format {
        /** Settings → "Back up content": an Atom feed whose entries carry a kind category. */
        CLASSIC,
        /** Google Takeout's feed.atom: Blogger's 2018 schema, blogger:type and blogger:status. */
        TAKEOUT
    }
}
