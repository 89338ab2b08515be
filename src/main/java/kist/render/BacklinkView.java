package kist.render;

/** A page that links here, with the sentence around its link. */
public record BacklinkView(String title, String path, String context) {
}
