package kist.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** URL paths inside the site, and the output files that serve them. */
public final class UrlPaths {
    private UrlPaths() {
    }

    /**
     * Whether {@code url} is a root-relative path that stays inside the output folder: it starts
     * with '/', and no segment, even percent-decoded, is '.' or '..' or holds a backslash or NUL.
     */
    public static boolean isSafe(String url) {
        if (!url.startsWith("/") || url.startsWith("//") || url.contains("\\") || url.indexOf('\0') >= 0) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (decoded.contains("\\") || decoded.indexOf('\0') >= 0 || decoded.contains("//")) {
            return false;
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The output file of a URL path: a folder URL gets its index.html; a file URL stays. */
    public static Optional<String> outputPath(String url) {
        if (!isSafe(url)) {
            return Optional.empty();
        }
        String relative = URLDecoder.decode(url.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        return Optional.of(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }
}
