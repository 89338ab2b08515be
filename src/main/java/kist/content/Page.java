package kist.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A content file placed in the site: its URL path (from the site root, starting with '/') and the
 * output file that holds it.
 */
public record Page(PageKind kind, Document document, String slug, String url, String outputPath) {

    public FrontMatter frontMatter() {
        return document.frontMatter();
    }

    public String sourcePath() {
        return document.source().path();
    }

    public String title() {
        return frontMatter().title();
    }

    public Optional<LocalDate> day() {
        return frontMatter().date().map(FrontMatter.PublishDate::day);
    }

    /**
     * A page is its address and its source: pages key many maps in a build, and comparing whole
     * documents (as a record would) costs a walk over their text and front matter every time.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Page page && page.url().equals(url) && page.sourcePath().equals(sourcePath());
    }

    @Override
    public int hashCode() {
        return url.hashCode() * 31 + sourcePath().hashCode();
    }

    /** The folder holding the output file, for files copied beside a bundled page. */
    public String outputFolder() {
        return ContentPaths.folder(outputPath);
    }
}
