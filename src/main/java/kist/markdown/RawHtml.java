package kist.markdown;

/** What happens to raw HTML written in a Markdown body. */
public enum RawHtml {
    /** Inline and block HTML are copied to the output as written. */
    PASS,
    /** Inline and block HTML are shown as text, for sources that are not trusted. */
    ESCAPE
}
