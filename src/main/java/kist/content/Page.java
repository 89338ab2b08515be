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

    /** The folder holding the output file, for files copied beside a bundled page. */
    public String outputFolder() {
        return ContentPaths.folder(outputPath);
    }
}
