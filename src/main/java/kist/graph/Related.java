package kist.graph;

import java.util.List;
import java.util.Objects;

/**
 * Why {@code url} is related: the score and its parts, so a reader (and a test) can see why B
 * ranks above C. Both lists are sorted alphabetically, so the same pair explains itself the same
 * way from either side.
 */
public record Related(String url, double score, List<String> sharedTechniques, boolean linked, List<String> sharedKeywords) {
    public Related {
        Objects.requireNonNull(url, "url");
        sharedTechniques = List.copyOf(sharedTechniques);
        sharedKeywords = List.copyOf(sharedKeywords);
    }
}
