package kist.build;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How to build: drafts and future posts included or not, what "now" is (the clock, or
 * SOURCE_DATE_EPOCH), a base URL that overrides kist.yaml's, and where compiled templates are kept.
 */
public record BuildOptions(boolean drafts, boolean future, Instant now, Optional<URI> baseUrl, Path cacheDir) {
}
