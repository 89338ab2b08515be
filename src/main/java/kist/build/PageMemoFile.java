package kist.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kist.diag.Diagnostic;
import kist.diag.Position;
import kist.diag.Severity;
import kist.markdown.Heading;
import kist.markdown.OutgoingLink;
import kist.markdown.PageLinks;
import kist.markdown.RenderedMarkdown;
import kist.render.TextFacts;

/**
 * The disk edge of {@link PageMemo}: one binary file under {@code .kist/cache/}. It starts with
 * the format and the fingerprint of the generator that wrote it; a file of another format or
 * another kist (whose rendering may differ), or one that cannot be read, is an empty memo, so a
 * stale or damaged cache costs one full build and never a wrong one.
 */
public final class PageMemoFile {
    private static final String MAGIC = "kist page memo 3";
    private static final int BUFFER = 1 << 20;
    /** No page body comes near this; a longer string means the file is damaged. */
    private static final int MAX_STRING = 1 << 28;

    private PageMemoFile() {
    }

    /** Where a site keeps its memo. */
    public static Path of(Path siteRoot) {
        return siteRoot.resolve(".kist").resolve("cache").resolve("pages.bin");
    }

    public static PageMemo read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
            if (!MAGIC.equals(string(in)) || !Generator.fingerprint().equals(string(in))) {
                return new PageMemo();
            }
            Map<String, List<Heading>> headings = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                headings.put(string(in), headings(in));
            }
            Map<String, PageMemo.Entry> entries = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                entries.put(string(in), entry(in));
            }
            return new PageMemo(entries, headings);
        } catch (NoSuchFileException e) {
            return new PageMemo();
        } catch (IOException | RuntimeException e) {
            return new PageMemo(); // damaged or cut short: build without it, and write a whole one after
        }
    }

    /** Writes the memo beside {@code file} and moves it in place, so a reader never sees half a file. */
    public static void write(Path file, PageMemo memo) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER))) {
                string(out, MAGIC);
                string(out, Generator.fingerprint());
                Map<String, List<Heading>> headings = memo.headings();
                out.writeInt(headings.size());
                for (Map.Entry<String, List<Heading>> body : headings.entrySet()) {
                    string(out, body.getKey());
                    headings(out, body.getValue());
                }
                Map<String, PageMemo.Entry> entries = memo.entries();
                out.writeInt(entries.size());
                for (Map.Entry<String, PageMemo.Entry> page : entries.entrySet()) {
                    string(out, page.getKey());
                    entry(out, page.getValue());
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static void entry(DataOutputStream out, PageMemo.Entry entry) throws IOException {
        string(out, entry.key());
        RenderedMarkdown markdown = entry.markdown();
        string(out, markdown.html());
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
        RenderedMarkdown markdown = new RenderedMarkdown(string(in), string(in), string(in), in.readBoolean(),
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
        return new PageMemo.Entry(key, markdown, text, List.copyOf(links), List.copyOf(diagnostics), List.copyOf(checks));
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
    private static void string(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > MAX_STRING) {
            throw new IOException("damaged: a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
