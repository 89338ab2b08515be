package kist.content;

public enum PageKind {
    POST, PAGE,
    /** The description page of a technique, shown at the head of its term page. */
    TERM
}
