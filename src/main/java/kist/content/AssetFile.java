package kist.content;

import java.nio.file.Path;

/**
 * A file under content/ copied into the site as it is; {@code path} is its path in the site
 * folder ("content/posts/x/foto.jpg"); an image knows its size.
 */
public record AssetFile(String path, Path file, java.util.Optional<ImageSize> imageSize) {
}
