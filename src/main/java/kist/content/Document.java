package kist.content;

/**
 * A content file split into validated front matter and its Markdown body, which starts at
 * {@code bodyLine}. The body is cut from the source's text when asked for, so a site's text is
 * held once.
 */
public record Document(SourceFile source, FrontMatter frontMatter, int bodyStart, int bodyLine) {
    public String body() {
        return source.text().substring(bodyStart);
    }
}
