package kist.importer;

import java.util.List;
import java.util.Optional;

import kist.diag.Diagnostic;

/**
 * What an import would write: content files sorted by path, kist.yaml's new text when its
 * redirects grow, counts for the summary, and warnings.
 */
record ImportPlan(List<PlannedFile> files, Optional<String> kistYaml, Counts counts, List<Diagnostic> warnings) {
    ImportPlan {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** A file of the site, by its '/'-separated path from the site folder. */
    record PlannedFile(String path, byte[] bytes) {
    }

    record Counts(int posts, int drafts, int pages, int comments, int labels, int onOldHost, int redirectsAdded) {
    }
}
