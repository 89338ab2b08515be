package kist.output;

import java.nio.file.Path;

/**
 * One file of the built site, by its path in the output folder ('/'-separated). {@code origin}
 * names what made it (a source file, a theme asset, "home page"), for collision messages.
 */
public sealed interface OutputFile {
    String path();

    String origin();

    /** A file kist generated: a page, a feed, a theme asset. */
    record Generated(String path, byte[] bytes, String origin) implements OutputFile {
    }

    /** A file copied as it is from the source (images beside a post), read only when written. */
    record Copied(String path, Path source, String origin) implements OutputFile {
    }
}
