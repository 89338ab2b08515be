package kist.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a Blogger export, whichever of the two formats it came from. {@code path} is the
 * old address's path ("/2007/10/find-your-why-and-fly.html"); {@code url} the whole old address
 * when the export names it. A comment names its post in {@code postRef} (an entry id) and, when it
 * answers another comment, that comment in {@code commentRef} (an entry id or Blogger's number).
 */
record BloggerEntry(
        Kind kind,
        String id,
        String title,
        String html,
        OffsetDateTime published,
        Optional<OffsetDateTime> updated,
        boolean draft,
        Optional<String> url,
        Optional<String> path,
        List<String> labels,
        String author,
        Optional<String> postRef,
        Optional<String> commentRef,
        int line) {

    BloggerEntry {
        labels = List.copyOf(labels);
    }

    enum Kind { POST, PAGE, COMMENT, IGNORED }

    /** Blogger's number of an entry: "tag:blogger.com,1999:blog-1.post-789" → "789". */
    String number() {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(dash + 1);
    }
}
