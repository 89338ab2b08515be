package kist.diag;

public enum Severity {
    ERROR, WARNING, SUGGESTION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
