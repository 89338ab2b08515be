package kist.importer;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import kist.diag.Diagnostic;
import kist.diag.Outcome;

/**
 * Reads a Blogger export (the classic "Back up content" file or Takeout's feed.atom). The parser
 * is namespace-aware and refuses a DOCTYPE, so no entity can expand or reach outside the file.
 */
final class BloggerXml {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String BLOGGER_2018 = "http://schemas.google.com/blogger/2018";
    private static final String THREAD = "http://purl.org/syndication/thread/1.0";
    private static final String KIND_SCHEME = "http://schemas.google.com/g/2005#kind";
    private static final String KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#";
    private static final String EXPORT_HINT = "export the blog again in Blogger: Settings → Manage blog → Back up content";

    private BloggerXml() {
    }

    /** @param file the export's name as the author gave it, for messages */
    static Outcome<BloggerExport> parse(String file, byte[] xml) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            Element feed = null;
            List<Element> entries = new ArrayList<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return Outcome.failed(error(file, reader.getLocation(), "the export declares a DOCTYPE, which kist refuses",
                            "a Blogger export has none; " + EXPORT_HINT));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (feed == null) {
                        feed = new Element(reader.getNamespaceURI(), reader.getLocalName(), attributes(reader), reader.getLocation().getLineNumber());
                        if (!ATOM.equals(feed.namespace()) || !feed.name().equals("feed")) {
                            return Outcome.failed(error(file, reader.getLocation(),
                                    "not a Blogger export: the file is '" + feed.name() + "', not an Atom feed", EXPORT_HINT));
                        }
                    } else {
                        Element child = element(reader);
                        if (ATOM.equals(child.namespace()) && child.name().equals("entry")) {
                            entries.add(child);
                        } else {
                            feed.children().add(child);
                        }
                    }
                }
            }
            if (feed == null) {
                return Outcome.failed(Diagnostic.error(file, 1, 1, "the export is empty", EXPORT_HINT));
            }
            return interpret(file, feed, entries);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = Optional.ofNullable(e.getMessage()).orElse("invalid XML")
                    .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            return Outcome.failed(error(file, at, "the export is not well-formed XML: " + message.strip(),
                    "the file may be cut short or edited by hand; " + EXPORT_HINT));
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own StAX parser, whatever else is on the class path, with everything external off;
        // it always applies the JDK's entity and size limits (StAX has no secure-processing switch), and
        // a DOCTYPE is refused in parse() before any entity of it could be used
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("closing an in-memory XML reader failed", e);
            }
        }
    }

    private static Diagnostic error(String file, Location at, String message, String hint) {
        int line = at == null ? 1 : Math.max(at.getLineNumber(), 1);
        int column = at == null ? 1 : Math.max(at.getColumnNumber(), 1);
        return Diagnostic.error(file, line, column, message, hint);
    }

    /** A small tree of one element, read whole: entries are small, the feed around them is not. */
    record Element(String namespace, String name, Map<String, String> attributes, int line,
                   List<Element> children, StringBuilder text) {
        Element(String namespace, String name, Map<String, String> attributes, int line) {
            this(namespace == null ? "" : namespace, name, attributes, line, new ArrayList<>(), new StringBuilder());
        }

        List<Element> all(String ns, String local) {
            return children.stream().filter(c -> c.namespace.equals(ns) && c.name.equals(local)).toList();
        }

        Optional<Element> first(String ns, String local) {
            return children.stream().filter(c -> c.namespace.equals(ns) && c.name.equals(local)).findFirst();
        }

        Optional<String> text(String ns, String local) {
            return first(ns, local).map(e -> e.text.toString().strip()).filter(t -> !t.isEmpty());
        }

        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeNamespace(i) == null || reader.getAttributeNamespace(i).isEmpty()) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        return attributes;
    }

    /** Reads the element the reader stands on, to its end; the text of child elements joins the parent's. */
    private static Element element(XMLStreamReader reader) throws XMLStreamException {
        Element element = new Element(reader.getNamespaceURI(), reader.getLocalName(), attributes(reader),
                reader.getLocation().getLineNumber());
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element.children().add(element(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                element.text().append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return element;
            }
        }
        throw new XMLStreamException("the file ends inside <" + element.name() + ">", reader.getLocation());
    }

    private static Outcome<BloggerExport> interpret(String file, Element feed, List<Element> entries) {
        boolean classic = entries.stream().anyMatch(e -> e.all(ATOM, "category").stream()
                .anyMatch(c -> c.attribute("scheme").equals(KIND_SCHEME)));
        boolean takeout = !classic && entries.stream().anyMatch(e -> e.first(BLOGGER_2018, "type").isPresent());
        if (!classic && !takeout) {
            return Outcome.failed(Diagnostic.error(file, feed.line(), 1,
                    entries.isEmpty() ? "the Atom feed has no entries" : "an Atom feed, but not a Blogger export: its entries carry neither"
                            + " Blogger's kind categories nor blogger:type (a blog's public feed has no drafts, pages or comments)",
                    EXPORT_HINT + "; or download it with Google Takeout (feed.atom)"));
        }
        Optional<String> blogUrl = feed.all(ATOM, "link").stream()
                .filter(l -> l.attribute("rel").equals("alternate")).map(l -> l.attribute("href")).findFirst();
        List<BloggerEntry> read = new ArrayList<>();
        for (Element entry : entries) {
            Outcome<BloggerEntry> one = classic ? classicEntry(file, entry) : takeoutEntry(file, entry);
            if (one.value().isEmpty()) {
                return Outcome.failed(one.diagnostics());
            }
            read.add(one.value().get());
        }
        return Outcome.of(new BloggerExport(classic ? BloggerExport.Format.CLASSIC : BloggerExport.Format.TAKEOUT,
                feed.text(ATOM, "title").orElse(""), blogUrl, read), List.of());
    }

    private static Outcome<BloggerEntry> classicEntry(String file, Element entry) {
        String kindTerm = entry.all(ATOM, "category").stream().filter(c -> c.attribute("scheme").equals(KIND_SCHEME))
                .map(c -> c.attribute("term")).findFirst().orElse("");
        BloggerEntry.Kind kind = switch (kindTerm.startsWith(KIND_PREFIX) ? kindTerm.substring(KIND_PREFIX.length()) : "") {
            case "post" -> BloggerEntry.Kind.POST;
            case "page" -> BloggerEntry.Kind.PAGE;
            case "comment" -> BloggerEntry.Kind.COMMENT;
            default -> BloggerEntry.Kind.IGNORED;
        };
        List<String> labels = entry.all(ATOM, "category").stream()
                .filter(c -> !c.attribute("scheme").equals(KIND_SCHEME) && !c.attribute("term").isBlank())
                .map(c -> c.attribute("term").strip()).toList();
        Optional<String> url = link(entry, "alternate");
        boolean draft = entry.children().stream().filter(c -> c.name().equals("control"))
                .flatMap(c -> c.children().stream()).anyMatch(c -> c.name().equals("draft")
                        && c.text().toString().strip().toLowerCase(Locale.ROOT).equals("yes"));
        Optional<String> postRef = entry.first(THREAD, "in-reply-to").map(e -> e.attribute("ref")).filter(r -> !r.isBlank());
        // a reply names the comment it answers by that comment's feed address, ending in its number
        Optional<String> commentRef = link(entry, "related").map(href -> href.substring(href.lastIndexOf('/') + 1));
        return common(file, entry, kind, labels, url, url.map(BloggerXml::pathOf), draft, postRef, commentRef);
    }

    private static Outcome<BloggerEntry> takeoutEntry(String file, Element entry) {
        String type = entry.text(BLOGGER_2018, "type").orElse("");
        String status = entry.text(BLOGGER_2018, "status").orElse("LIVE");
        BloggerEntry.Kind kind = switch (type) {
            case "POST" -> BloggerEntry.Kind.POST;
            case "PAGE" -> BloggerEntry.Kind.PAGE;
            case "COMMENT" -> BloggerEntry.Kind.COMMENT;
            default -> BloggerEntry.Kind.IGNORED;
        };
        if (!status.equals("LIVE") && !status.equals("DRAFT")) {
            kind = BloggerEntry.Kind.IGNORED; // trashed or deleted
        }
        List<String> labels = entry.all(ATOM, "category").stream().map(c -> c.attribute("term").strip())
                .filter(t -> !t.isEmpty()).toList();
        Optional<String> path = entry.text(BLOGGER_2018, "filename").map(f -> f.startsWith("/") ? f : "/" + f);
        Optional<String> url = link(entry, "alternate").or(() -> path);
        // Takeout names the post, or the comment a reply answers, in one element
        Optional<String> parent = entry.text(BLOGGER_2018, "parent");
        return common(file, entry, kind, labels, url, path, status.equals("DRAFT"), parent, Optional.empty());
    }

    private static Outcome<BloggerEntry> common(String file, Element entry, BloggerEntry.Kind kind, List<String> labels,
                                                Optional<String> url, Optional<String> path, boolean draft,
                                                Optional<String> postRef, Optional<String> commentRef) {
        String id = entry.text(ATOM, "id").orElse("");
        Optional<String> publishedText = entry.text(ATOM, "published").or(() -> entry.text(BLOGGER_2018, "created"));
        if (kind == BloggerEntry.Kind.IGNORED) {
            return Outcome.of(new BloggerEntry(kind, id, "", "", OffsetDateTime.parse("1970-01-01T00:00:00Z"), Optional.empty(),
                    draft, url, path, labels, "", postRef, commentRef, entry.line()), List.of());
        }
        Optional<OffsetDateTime> published = publishedText.flatMap(BloggerXml::dateTime);
        if (published.isEmpty()) {
            return Outcome.failed(Diagnostic.error(file, entry.line(), 1,
                    "entry " + id + " has no readable <published> date" + publishedText.map(t -> " ('" + t + "')").orElse(""),
                    "Blogger writes dates such as 2007-10-03T14:30:00.001+02:00"));
        }
        Optional<OffsetDateTime> updated = entry.text(ATOM, "updated").flatMap(BloggerXml::dateTime);
        String author = entry.first(ATOM, "author").flatMap(a -> a.text(ATOM, "name")).orElse("");
        return Outcome.of(new BloggerEntry(kind, id, entry.text(ATOM, "title").orElse(""),
                entry.first(ATOM, "content").map(c -> c.text().toString()).orElse(""),
                published.get(), updated, draft, url, path, labels, author, postRef, commentRef, entry.line()), List.of());
    }

    private static Optional<String> link(Element entry, String rel) {
        return entry.all(ATOM, "link").stream().filter(l -> l.attribute("rel").equals(rel))
                .filter(l -> !rel.equals("alternate") || l.attribute("type").isEmpty() || l.attribute("type").equals("text/html"))
                .map(l -> l.attribute("href")).filter(h -> !h.isBlank()).findFirst();
    }

    /** "http://x.blogspot.com/2007/10/a.html?m=1#c" → "/2007/10/a.html". */
    static String pathOf(String url) {
        String rest = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        int cut = rest.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String path = rest.substring(0, cut);
        return path.startsWith("/") ? path : "/" + path;
    }

    private static Optional<OffsetDateTime> dateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
