package kist.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kist.cache.Reuse;
import kist.content.Ordering;
import kist.content.Slugs;
import kist.content.UrlPaths;
import kist.diag.Diagnostic;
import kist.markdown.PageLinks;
import kist.output.OutputFile;

/**
 * The files a build writes, sorted by path: one sorted list answers whether a path is written
 * (by binary search), which paths two outputs claim (neighbours in it), and which links to site
 * paths lead nowhere, instead of a set of every path made for each question.
 */
record WrittenFiles(List<OutputFile> files) {

    WrittenFiles {
        files = List.copyOf(files);
    }

    /** {@code files} sorted by path (stable); the order is kept while the paths are the same (kist serve). */
    static WrittenFiles sorted(List<OutputFile> files, Reuse reuse) {
        return new WrittenFiles(Ordering.arranged(files, reuse.get("file order", files.stream().map(OutputFile::path).toList(),
                paths -> Ordering.positions(paths, path -> path, Comparator.naturalOrder()))));
    }

    boolean contains(String path) {
        return at(path) >= 0;
    }

    /** These files and {@code file}, in its place. */
    WrittenFiles with(OutputFile file) {
        int at = at(file.path());
        List<OutputFile> more = new ArrayList<>(files);
        more.add(at >= 0 ? at : -at - 1, file);
        return new WrittenFiles(more);
    }

    /** An error for every output whose path an output of an earlier origin claims too. */
    List<Diagnostic> collisions() {
        List<Diagnostic> problems = new ArrayList<>();
        for (int start = 0, end; start < files.size(); start = end) {
            end = start + 1;
            while (end < files.size() && files.get(end).path().equals(files.get(start).path())) {
                end++;
            }
            if (end - start > 1) {
                List<OutputFile> claims = files.subList(start, end).stream().sorted(Comparator.comparing(OutputFile::origin)).toList();
                OutputFile first = claims.get(0);
                for (OutputFile other : claims.subList(1, claims.size())) {
                    problems.add(Diagnostic.error(other.origin(), 0, 0, "writes " + other.path() + ", which " + first.origin()
                            + " writes too", "rename one of them or change its slug"));
                }
            }
        }
        return problems;
    }

    /** An error for every link to a site path that no file is written at, with the closest pages' URLs. */
    List<Diagnostic> missing(List<PageLinks.PathCheck> checks) {
        List<Diagnostic> problems = new ArrayList<>();
        for (PageLinks.PathCheck check : checks) {
            if (!written(UrlPaths.outputPath(check.path())) && !written(UrlPaths.outputPath(check.path() + "/"))) {
                String wanted = Slugs.fold(check.path().replaceAll("^.*/([^/]+)/?$", "$1"));
                problems.add(check.missing(files.stream().map(OutputFile::path).filter(path -> path.endsWith("index.html"))
                        .map(path -> "/" + path.substring(0, path.length() - "index.html".length()))
                        .filter(path -> Slugs.fold(path).contains(wanted))
                        .distinct().sorted().limit(2).toList()));
            }
        }
        return problems;
    }

    private boolean written(Optional<String> path) {
        return path.map(this::contains).orElse(false);
    }

    /** The position of a file at {@code path}, or {@code -(insertion point) - 1}. */
    private int at(String path) {
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = files.get(middle).path().compareTo(path);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }
}
