package kist.content;

import java.nio.file.Path;

/** A file copied into the site as it is: {@code path} is where it lands, relative to the output. */
public record AssetFile(String path, Path file) {
}
