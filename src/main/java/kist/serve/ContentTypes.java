package kist.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file, by its extension; an Atom feed is told apart from other XML by its root element. */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("atom", ATOM),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("webmanifest", "application/manifest+json"));

    private ContentTypes() {
    }

    /** @param start the first bytes of the file, enough to see an XML file's root element */
    static String of(String path, byte[] start) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("xml") && isAtom(start)) {
            return ATOM;
        }
        return BY_EXTENSION.getOrDefault(extension, UNKNOWN);
    }

    static boolean isHtml(String contentType) {
        return contentType.equals(HTML);
    }

    private static boolean isAtom(byte[] start) {
        String head = new String(start, 0, Math.min(start.length, 512), StandardCharsets.UTF_8);
        return head.contains("<feed") && head.contains("http://www.w3.org/2005/Atom");
    }
}
