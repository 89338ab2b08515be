package kist.output;

import java.util.List;

/**
 * Writes JSON text (RFC 8259) for the few files kist generates as JSON. Strings escape more than
 * the RFC requires: {@code <}, {@code >} and {@code &} become {@code \u003c} and friends, and so
 * do U+2028, U+2029 and unpaired surrogates, so the output is plain ASCII-safe structure that can
 * be pasted into a {@code <script>} element or JavaScript source without ending it early.
 */
public final class Json {
    private final StringBuilder out;
    private boolean needsComma;
    private boolean pendingNewline;

    Json(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    Json beginObject() {
        comma();
        out.append('{');
        needsComma = false;
        return this;
    }

    Json endObject() {
        lineBreak();
        out.append('}');
        needsComma = true;
        return this;
    }

    Json beginArray() {
        comma();
        out.append('[');
        needsComma = false;
        return this;
    }

    Json endArray() {
        lineBreak();
        out.append(']');
        needsComma = true;
        return this;
    }

    /** A member name; the next value written is its value. */
    Json name(String name) {
        comma();
        quote(name, out);
        out.append(':');
        needsComma = false;
        return this;
    }

    Json value(String text) {
        comma();
        quote(text, out);
        needsComma = true;
        return this;
    }

    Json value(long number) {
        comma();
        out.append(number);
        needsComma = true;
        return this;
    }

    Json member(String name, String text) {
        return name(name).value(text);
    }

    Json member(String name, List<String> texts) {
        name(name).beginArray();
        texts.forEach(this::value);
        return endArray();
    }

    /** A line break before the next value (after its comma), to keep large files readable. */
    Json newline() {
        pendingNewline = true;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void comma() {
        if (needsComma) {
            out.append(',');
        }
        lineBreak();
    }

    private void lineBreak() {
        if (pendingNewline) {
            out.append('\n');
            pendingNewline = false;
        }
    }

    /**
     * A small tree of maps (in their iteration order: pass ordered maps), lists, strings, whole
     * numbers and booleans, as one line of JSON: the structured data of a page's head.
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof java.util.Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass());
        }
    }

    /** {@code text} as a JSON string literal, quotes included. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029', '\u007f' -> unicodeEscape(c, out);
                default -> {
                    if (c < 0x20 || isUnpairedSurrogate(text, i)) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A lone half of a surrogate pair would turn into '?' in UTF-8; escaped, it survives as written. */
    private static boolean isUnpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
