package kist.output;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the previous build wrote into the site folder, page by page: the fingerprint of what each
 * page was rendered from (its template and view model) and the stamp of the file it was written
 * to. A build that would render a page from the same fingerprint takes the current site's file
 * over instead, as long as that file is as the previous build left it; anything else is rendered.
 * It notes what this build rendered or took over, for the next one ({@link #written()}). Used by
 * many threads of one build; read and written by {@code build/OutputMemoFile}.
 */
public final class OutputMemo {
    /** A page file as a build wrote it: what it was rendered from, and how it was on disk. */
    public record Entry(String fingerprint, FileStamp stamp) {
    }

    private final Path site;
    private final Map<String, Entry> previous;
    private final ConcurrentMap<String, Entry> taken = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> rendered = new ConcurrentHashMap<>();

    /**
     * @param site     the site folder this build writes, and the previous build wrote
     * @param previous the previous build's page files in it, by path in the site
     */
    public OutputMemo(Path site, Map<String, Entry> previous) {
        this.site = site.toAbsolutePath().normalize();
        this.previous = Map.copyOf(previous);
    }

    /** A memo of a site folder no build has written (or none whose memo is known). */
    public static OutputMemo none(Path site) {
        return new OutputMemo(site, Map.of());
    }

    public Path site() {
        return site;
    }

    /**
     * The current site's file at {@code path} when the previous build rendered it from
     * {@code fingerprint} and it is still as that build wrote it: to be taken over. Empty means
     * the page is to be rendered, and it is noted as such.
     */
    public Optional<Path> takeOver(String path, String fingerprint) {
        Entry before = previous.get(path);
        if (before != null && before.fingerprint().equals(fingerprint)) {
            Path file = site.resolve(path);
            if (FileStamp.of(file).filter(before.stamp()::equals).isPresent()) {
                taken.put(path, before);
                return Optional.of(file);
            }
        }
        rendered.put(path, fingerprint);
        return Optional.empty();
    }

    /** How many pages this build took over from the site folder. */
    public int takenOver() {
        return taken.size();
    }

    /** Whether the next build would find anything new in {@link #written()}. */
    public boolean changed() {
        return !rendered.isEmpty() || !taken.keySet().equals(previous.keySet());
    }

    /**
     * The page files of this build, once it is written into {@link #site()}: the stamps of the
     * files it took over are the previous ones (they are hard links to them), those of the files
     * it rendered are read now. A file that cannot be read is left out (its page renders next time).
     */
    public Map<String, Entry> written() {
        Map<String, Entry> entries = new ConcurrentHashMap<>(taken);
        rendered.entrySet().parallelStream().forEach(made -> FileStamp.of(site.resolve(made.getKey()))
                .ifPresent(stamp -> entries.put(made.getKey(), new Entry(made.getValue(), stamp))));
        return Map.copyOf(entries);
    }
}
