package kist.content;

public enum PageKind {
    POST, PAGE
}
