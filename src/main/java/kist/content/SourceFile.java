package kist.content;

/**
 * A text file of the site, decoded from UTF-8 with a byte-order mark dropped and line endings
 * normalised to '\n'. {@code path} is relative to the site folder, '/'-separated.
 */
public record SourceFile(String path, String text) {
}
