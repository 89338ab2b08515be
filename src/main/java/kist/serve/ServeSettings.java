package kist.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the dev server reads and listens: the site folder, the address and port (0: any free
 * port), how long the sources must be quiet after a change before it builds, and whether each
 * build prints how long its stages took.
 */
public record ServeSettings(Path root, InetAddress bind, int port, Duration quiet, boolean timings) {
    /** Editors write a file in a burst of events within a few milliseconds; 50 ms of quiet ends it. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(50);
}
