package kist.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import kist.output.FileStamp;
import kist.output.OutputMemo;

/**
 * The disk edge of {@link OutputMemo}: {@code .kist/cache/outputs.bin}, after the header of
 * {@link PageMemoFile#read} the Java version (a page's rendering may depend on the JDK's locale
 * data) and the site folder it describes, then an entry per page file. A memo of another kist,
 * Java or site folder is no memo: every page is rendered.
 */
public final class OutputMemoFile {
    private static final String FORMAT = "kist output memo 1";

    private OutputMemoFile() {
    }

    /** The file a site keeps its output memo in. */
    public static Path of(Path siteRoot) {
        return siteRoot.resolve(".kist").resolve("cache").resolve("outputs.bin");
    }

    /** The memo of what the last build wrote into {@code site}, as {@code file} keeps it. */
    public static OutputMemo read(Path file, Path site) {
        String folder = folder(site);
        return PageMemoFile.read(file, FORMAT, in -> {
            if (!Runtime.version().toString().equals(PageMemoFile.string(in)) || !folder.equals(PageMemoFile.string(in))) {
                return OutputMemo.none(site);
            }
            Map<String, OutputMemo.Entry> entries = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                entries.put(PageMemoFile.string(in), new OutputMemo.Entry(PageMemoFile.string(in),
                        new FileStamp(in.readLong(), in.readLong(), PageMemoFile.string(in))));
            }
            return new OutputMemo(site, entries);
        }).orElseGet(() -> OutputMemo.none(site));
    }

    /** Writes what {@code memo}'s build wrote into its site folder, once it is there. */
    public static void write(Path file, OutputMemo memo) {
        Map<String, OutputMemo.Entry> entries = memo.written();
        PageMemoFile.write(file, FORMAT, out -> {
            PageMemoFile.string(out, Runtime.version().toString());
            PageMemoFile.string(out, folder(memo.site()));
            out.writeInt(entries.size());
            for (Map.Entry<String, OutputMemo.Entry> entry : new java.util.TreeMap<>(entries).entrySet()) {
                PageMemoFile.string(out, entry.getKey());
                PageMemoFile.string(out, entry.getValue().fingerprint());
                out.writeLong(entry.getValue().stamp().size());
                out.writeLong(entry.getValue().stamp().modified());
                PageMemoFile.string(out, entry.getValue().stamp().fileKey());
            }
        });
    }

    private static String folder(Path site) {
        return site.toAbsolutePath().normalize().toString();
    }
}
