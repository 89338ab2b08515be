package kist.markdown;

public enum RawHtml { PASS, ESCAPE }
