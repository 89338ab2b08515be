package kist.output;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@code sitemap.xml} (sitemaps.org 0.9): the site's pages by absolute address, with their last change when known. */
public record Sitemap(List<Url> urls) {
    public static final String PATH = "sitemap.xml";
    private static final String ROBOTS = "robots.txt";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public Sitemap {
        urls = List.copyOf(urls);
    }

    public record Url(String loc, Optional<OffsetDateTime> lastModified) {
    }

    public byte[] xml() {
        XmlDocument xml = new XmlDocument(NAMESPACE, "urlset");
        for (Url url : urls) {
            xml.start("url").element("loc", XmlDocument.ascii(url.loc()));
            url.lastModified().ifPresent(moment -> xml.element("lastmod", XmlDocument.dateTime(moment)));
            xml.end();
        }
        return xml.finish();
    }

    /**
     * {@code robots.txt}: everything may be crawled, and here is the map (when the site has one).
     * An author's own {@code content/robots.txt} wins, so none is made then.
     */
    public static Optional<OutputFile> robotsTxt(URI baseUrl, java.util.function.Predicate<String> written) {
        if (written.test(ROBOTS)) {
            return Optional.empty();
        }
        boolean hasSitemap = written.test(PATH);
        String text = "User-agent: *\nAllow: /\n" + (hasSitemap ? "\nSitemap: " + XmlDocument.ascii(baseUrl + PATH) + "\n" : "");
        return Optional.of(new OutputFile.Generated(ROBOTS, text.getBytes(StandardCharsets.UTF_8), "robots.txt"));
    }
}
