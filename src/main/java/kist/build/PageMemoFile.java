package kist.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kist.diag.Diagnostic;
import kist.diag.Position;
import kist.diag.Severity;
import kist.markdown.Heading;
import kist.markdown.HtmlBytes;
import kist.markdown.OutgoingLink;
import kist.markdown.PageLinks;
import kist.markdown.RenderedMarkdown;
import kist.render.TextFacts;

/**
 * The disk edge of {@link PageMemo}: a binary file per shard in {@code .kist/cache/pages/}. Each
 * starts with the format and the fingerprint of the generator that wrote it; a shard of another
 * format or another kist (whose rendering may differ), or one that cannot be read, is left out, so
 * a stale or damaged cache costs the rendering of its pages and never a wrong page.
 */
public final class PageMemoFile {
    private static final String MAGIC = "kist page memo 6";
    private static final String ENVIRONMENT = "kist link environment 1";
    private static final int BUFFER = 1 << 20;
    /** No page body comes near this; a longer string means the file is damaged. */
    private static final int MAX_STRING = 1 << 28;

    private PageMemoFile() {
    }

    /** The folder a site keeps its memo in, a file per shard. */
    public static Path of(Path siteRoot) {
        return siteRoot.resolve(".kist").resolve("cache").resolve("pages");
    }

    /** The memo in {@code folder}; a shard that is missing, damaged or of another kist is left out. */
    public static PageMemo read(Path folder) {
        Map<String, PageMemo.Entry> entries = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, List<Heading>> headings = new java.util.concurrent.ConcurrentHashMap<>();
        Set<Integer> unread = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.stream.IntStream.range(0, PageMemo.SHARDS).parallel().forEach(shard -> {
            if (!readShard(shardFile(folder, shard), entries, headings)) {
                unread.add(shard);
            }
        });
        // the environment's parts are read only when a build finds it changed (a page was added, a title changed)
        Path environment = environmentFile(folder);
        return new PageMemo(entries, headings, unread, read(environment, ENVIRONMENT, PageMemoFile::string).orElse(""),
                () -> read(environment, ENVIRONMENT, PageMemoFile::environment));
    }

    private static Path environmentFile(Path folder) {
        return folder.resolve("environment.bin");
    }

    private static LinkEnvironment environment(DataInputStream in) throws IOException {
        String hash = string(in);
        Map<String, LinkEnvironment.Part> parts = new HashMap<>();
        for (int count = in.readInt(); count > 0; count--) {
            String key = string(in);
            String partHash = string(in);
            List<String> names = new ArrayList<>();
            for (int name = in.readInt(); name > 0; name--) {
                names.add(string(in));
            }
            parts.put(key, new LinkEnvironment.Part(partHash, names));
        }
        return new LinkEnvironment(hash, parts);
    }

    private static boolean readShard(Path file, Map<String, PageMemo.Entry> entries, Map<String, List<Heading>> headings) {
        return read(file, MAGIC, in -> {
            Map<String, List<Heading>> shardHeadings = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                shardHeadings.put(string(in), headings(in));
            }
            Map<String, PageMemo.Entry> shardEntries = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                shardEntries.put(string(in), entry(in));
            }
            headings.putAll(shardHeadings);
            entries.putAll(shardEntries);
            return true;
        }).orElse(false);
    }

    /** What a cache file holds after its header. */
    interface Body<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** What a cache file is to hold after its header. */
    interface Contents {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * What {@code body} reads from {@code file} after a header of {@code format} and this kist's
     * fingerprint; empty when the file is missing, damaged, cut short, or of another format or kist.
     */
    static <T> java.util.Optional<T> read(Path file, String format, Body<T> body) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
            if (!format.equals(string(in)) || !Generator.fingerprint().equals(string(in))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(body.read(in));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // its contents are made again, and the file written whole
        }
    }

    /**
     * Writes {@code contents} after a header of {@code format} and this kist's fingerprint, into a
     * file of its own beside {@code file} (two builds of one site at once cannot write into one
     * file), then moved in place, so that a reader never sees half a file. The folder is made
     * when it is missing.
     */
    static void write(Path file, String format, Contents contents) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER))) {
                string(out, format);
                string(out, Generator.fingerprint());
                contents.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write the build cache " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the shards the memo changed, each beside its file and then moved in place, so a
     * reader never sees half a shard.
     */
    public static void write(Path folder, PageMemo memo) {
        memo.changedShards().parallelStream().forEach(shard -> writeShard(shardFile(folder, shard), memo, shard));
        if (memo.environmentChanged()) {
            memo.environment().ifPresent(environment -> write(environmentFile(folder), ENVIRONMENT, out -> {
                string(out, environment.hash());
                out.writeInt(environment.parts().size());
                for (Map.Entry<String, LinkEnvironment.Part> part : new java.util.TreeMap<>(environment.parts()).entrySet()) {
                    string(out, part.getKey());
                    string(out, part.getValue().hash());
                    out.writeInt(part.getValue().names().size());
                    for (String name : part.getValue().names()) {
                        string(out, name);
                    }
                }
            }));
        }
    }

    private static void writeShard(Path file, PageMemo memo, int shard) {
        write(file, MAGIC, out -> {
            Map<String, List<Heading>> headings = memo.headings(shard);
            out.writeInt(headings.size());
            for (Map.Entry<String, List<Heading>> body : headings.entrySet()) {
                string(out, body.getKey());
                headings(out, body.getValue());
            }
            Map<String, PageMemo.Entry> entries = memo.entries(shard);
            out.writeInt(entries.size());
            for (Map.Entry<String, PageMemo.Entry> page : entries.entrySet()) {
                string(out, page.getKey());
                entry(out, page.getValue());
            }
        });
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the shard could not be written, which is reported; a leftover file is harmless
            }
        }
    }

    private static Path shardFile(Path folder, int shard) {
        return folder.resolve(String.format(java.util.Locale.ROOT, "%02d.bin", shard));
    }

    private static void entry(DataOutputStream out, PageMemo.Entry entry) throws IOException {
        string(out, entry.key());
        string(out, entry.environment());
        RenderedMarkdown markdown = entry.markdown();
        bytes(out, markdown.htmlBytes().utf8());
        long[] hash = markdown.htmlBytes().hash();
        out.writeLong(hash[0]);
        out.writeLong(hash[1]);
        string(out, markdown.summaryHtml());
        string(out, markdown.summaryText());
        out.writeBoolean(markdown.summaryFromMoreMarker());
        headings(out, markdown.headings());
        string(out, markdown.tocHtml());
        string(out, markdown.plainText());
        out.writeInt(entry.text().words());
        out.writeInt(entry.text().keywords().size());
        for (String keyword : entry.text().keywords()) {
            string(out, keyword);
        }
        string(out, entry.text().searchWords());
        out.writeInt(entry.links().size());
        for (OutgoingLink link : entry.links()) {
            string(out, link.targetUrl());
            string(out, link.context());
        }
        out.writeInt(entry.diagnostics().size());
        for (Diagnostic diagnostic : entry.diagnostics()) {
            string(out, diagnostic.severity().name());
            string(out, diagnostic.file());
            out.writeInt(diagnostic.line());
            out.writeInt(diagnostic.column());
            string(out, diagnostic.message());
            string(out, diagnostic.hint());
        }
        out.writeInt(entry.pathChecks().size());
        for (PageLinks.PathCheck check : entry.pathChecks()) {
            string(out, check.file());
            string(out, check.path());
            string(out, check.written());
            out.writeInt(check.at().line());
            out.writeInt(check.at().column());
        }
    }

    private static PageMemo.Entry entry(DataInputStream in) throws IOException {
        String key = string(in);
        String environment = string(in);
        byte[] html = bytes(in);
        if (html == null) {
            throw new IOException("damaged: an entry without its HTML");
        }
        long[] hash = {in.readLong(), in.readLong()};
        RenderedMarkdown markdown = new RenderedMarkdown(HtmlBytes.ofUtf8(html, hash), string(in), string(in), in.readBoolean(),
                headings(in), string(in), string(in));
        int words = in.readInt();
        List<String> keywords = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            keywords.add(string(in));
        }
        TextFacts text = new TextFacts(words, keywords, string(in));
        List<OutgoingLink> links = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            links.add(new OutgoingLink(string(in), string(in)));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            diagnostics.add(new Diagnostic(Severity.valueOf(string(in)), string(in), in.readInt(), in.readInt(),
                    string(in), string(in)));
        }
        List<PageLinks.PathCheck> checks = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            checks.add(new PageLinks.PathCheck(string(in), string(in), string(in), new Position(in.readInt(), in.readInt())));
        }
        return new PageMemo.Entry(key, environment, markdown, text, List.copyOf(links), List.copyOf(diagnostics), List.copyOf(checks));
    }

    private static void headings(DataOutputStream out, List<Heading> headings) throws IOException {
        out.writeInt(headings.size());
        for (Heading heading : headings) {
            out.writeInt(heading.level());
            string(out, heading.text());
            string(out, heading.id());
        }
    }

    private static List<Heading> headings(DataInputStream in) throws IOException {
        List<Heading> headings = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            headings.add(new Heading(in.readInt(), string(in), string(in)));
        }
        return List.copyOf(headings);
    }

    /** A string as its UTF-8 length and bytes; -1 for null. */
    static void string(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        bytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        byte[] bytes = bytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Bytes as {@link #bytes(DataOutputStream, byte[])} wrote them; null where a null string was written. */
    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > MAX_STRING) {
            throw new IOException("damaged: a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
