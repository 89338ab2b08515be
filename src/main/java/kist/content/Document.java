package kist.content;

/** A content file split into validated front matter and its Markdown body, which starts at {@code bodyLine}. */
public record Document(SourceFile source, FrontMatter frontMatter, String body, int bodyLine) {
}
