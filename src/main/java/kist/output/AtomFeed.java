package kist.output;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An Atom 1.0 feed (RFC 4287), complete: every URL absolute, every date from the content.
 * {@code id} and each entry's {@code id} are absolute URLs, so they stay the same from build
 * to build as long as the addresses do.
 */
public record AtomFeed(String id, String title, Optional<String> subtitle, OffsetDateTime updated, String author,
                       String language, String alternateUrl, String selfUrl, List<Entry> entries) {
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    public AtomFeed {
        entries = List.copyOf(entries);
    }

    /** One post: its body goes in as HTML escaped into text ({@code type="html"}), so no markup can break the feed. */
    public record Entry(String id, String title, String url, OffsetDateTime published, OffsetDateTime updated,
                        Optional<String> summary, String contentHtml, List<Category> categories) {
        public Entry {
            categories = List.copyOf(categories);
        }
    }

    /** A technique or tag: {@code term} its slug, {@code scheme} the absolute URL of its taxonomy, {@code label} its name. */
    public record Category(String term, String scheme, String label) {
    }

    public byte[] xml() {
        XmlDocument xml = new XmlDocument(NAMESPACE, "feed").language(language);
        xml.element("id", XmlDocument.ascii(id));
        xml.start("title").attribute("type", "text").text(title).end();
        subtitle.filter(text -> !text.isBlank()).ifPresent(text -> xml.element("subtitle", text));
        xml.element("updated", XmlDocument.dateTime(updated));
        xml.start("author").element("name", author).end();
        link(xml, "alternate", "text/html", alternateUrl);
        link(xml, "self", "application/atom+xml", selfUrl);
        xml.element("generator", "kist");
        for (Entry entry : entries) {
            xml.start("entry");
            xml.element("id", XmlDocument.ascii(entry.id()));
            xml.start("title").attribute("type", "text").text(entry.title()).end();
            link(xml, "alternate", "text/html", entry.url());
            xml.element("published", XmlDocument.dateTime(entry.published()));
            xml.element("updated", XmlDocument.dateTime(entry.updated()));
            for (Category category : entry.categories()) {
                xml.empty("category").attribute("term", category.term())
                        .attribute("scheme", XmlDocument.ascii(category.scheme()))
                        .attribute("label", category.label());
            }
            entry.summary().filter(text -> !text.isBlank())
                    .ifPresent(text -> xml.start("summary").attribute("type", "text").text(text).end());
            xml.start("content").attribute("type", "html").text(entry.contentHtml()).end();
            xml.end();
        }
        return xml.finish();
    }

    private static void link(XmlDocument xml, String rel, String type, String href) {
        xml.empty("link").attribute("rel", rel).attribute("type", type).attribute("href", XmlDocument.ascii(href));
    }
}
