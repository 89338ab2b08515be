package kist.graph;

/** A page whose text links to another, with the sentence around the link. */
public record Backlink(String sourceUrl, String title, String context) {
}
