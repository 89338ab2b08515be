package kist.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML document in one namespace, written through the JDK's own {@link XMLStreamWriter} so
 * that every title, summary and URL is escaped by an XML writer, never by string concatenation.
 * Elements go on lines of their own, indented, so that feeds and sitemaps can be read by people.
 */
final class XmlDocument {
    /** RFC 3339 as Atom and sitemaps want it: seconds, and 'Z' for UTC. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final String namespace;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;
    /** For each open element, whether it has child elements (and so ends on a line of its own). */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlDocument(String namespace, String root) {
        this.namespace = namespace;
        try {
            // the JDK's writer, not whichever StAX implementation the class path offers: the same bytes everywhere
            writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement(namespace, root);
            writer.writeDefaultNamespace(namespace);
            open.push(false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    static String dateTime(OffsetDateTime moment) {
        return RFC_3339.format(moment);
    }

    XmlDocument start(String name) {
        try {
            newLine();
            writer.writeStartElement(namespace, name);
            open.push(false);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** An element without content; give its attributes next. */
    XmlDocument empty(String name) {
        try {
            newLine();
            writer.writeEmptyElement(namespace, name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** An attribute of the element just started. */
    XmlDocument attribute(String name, String value) {
        try {
            writer.writeAttribute(name, xmlSafe(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** {@code xml:lang} of the element just started. */
    XmlDocument language(String tag) {
        try {
            writer.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", xmlSafe(tag));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** Text inside the element just started; it then ends on the same line. */
    XmlDocument text(String content) {
        try {
            writer.writeCharacters(xmlSafe(content));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    XmlDocument element(String name, String content) {
        return start(name).text(content).end();
    }

    XmlDocument end() {
        try {
            boolean hasChildren = open.pop();
            if (hasChildren) {
                writer.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    byte[] finish() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            writer.writeEndDocument();
            writer.close();
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    private void newLine() throws XMLStreamException {
        open.pop();
        open.push(true);
        writer.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /**
     * The writer escapes markup but passes on characters XML 1.0 forbids (control characters,
     * lone surrogates), which would make the whole file unreadable; they are dropped.
     */
    static String xmlSafe(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * A URL as ASCII: characters outside printable ASCII (a slug in another script, a space)
     * percent-encoded as UTF-8, as sitemaps require and feed readers expect.
     */
    static String ascii(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean plain = c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\'
                    && c != '^' && c != '`' && c != '{' && c != '|' && c != '}';
            if (plain) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
            i = end - 1;
        }
        return out == null ? url : out.toString();
    }
}
