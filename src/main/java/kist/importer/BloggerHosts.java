package kist.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The hosts where Blogger keeps a blog's pictures. */
public final class BloggerHosts {
    /** blogger.googleusercontent.com, N.bp.blogspot.com and any *.blogspot.com. */
    public static final Predicate<String> IMAGES = host -> {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("blogger.googleusercontent.com") || h.endsWith(".bp.blogspot.com") || h.endsWith(".blogspot.com");
    };

    private BloggerHosts() {
    }

    /** The lowercase host of an http(s) address, when it is one. */
    static Optional<String> host(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri.getHost().toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
