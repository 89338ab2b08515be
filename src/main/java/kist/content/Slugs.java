package kist.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one slug rule of kist: Latin letters lose their diacritics (Käser → kaser), letters of
 * other scripts stay, everything else becomes single hyphens, lowercase in {@link Locale#ROOT}.
 */
public final class Slugs {
    private Slugs() {
    }

    /** The slug of {@code text}; empty when nothing of it survives the rule. */
    public static String slugify(String text) {
        String folded = fold(text);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isCombiningMarkOfOtherScript(cp)) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.appendCodePoint(cp);
            } else {
                pendingHyphen = true;
            }
        }
        return slug.toString();
    }

    /**
     * The slug of {@code text}, or when nothing survives, {@code prefix} and a short stable hash of
     * {@code stableKey} (for example the source path), so the URL never changes between builds.
     */
    public static String slugifyOrFallback(String text, String prefix, String stableKey) {
        String slug = slugify(text);
        return slug.isEmpty() ? prefix + shortHash(stableKey) : slug;
    }

    /**
     * Case and diacritic folding used wherever names are matched (terms, wikilinks, search,
     * related posts): lowercase in Locale.ROOT, then Latin letters lose their diacritics while
     * other scripts keep theirs (Cyrillic й is not и). Lowercasing comes first because it can
     * itself produce marks (İ becomes i and a combining dot); NFKD splits ligatures such as the
     * Dutch ĳ into ij, so both spellings meet.
     */
    public static String fold(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        // Latin text and typographic punctuation fold a character at a time, by the tables below
        char[] out = new char[text.length() * LONGEST_FOLDED];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // ASCII: A-Z alone have a lower case
                continue;
            }
            String folded = c < 0x250 ? LATIN_FOLDED[c - 0x80] : c >= 0x2000 && c < 0x2070 ? PUNCTUATION_FOLDED[c - 0x2000] : null;
            if (folded == null) {
                return foldAnyScript(text);
            }
            folded.getChars(0, folded.length(), out, length);
            length += folded.length();
        }
        return new String(out, 0, length);
    }

    /** The folded form of every character from U+0080 to U+024F, worked out once by the general rule. */
    private static final String[] LATIN_FOLDED = table(0x80, 0x250);
    /** The same for U+2000 to U+206F: typographic quotes, dashes, spaces, the ellipsis. */
    private static final String[] PUNCTUATION_FOLDED = table(0x2000, 0x2070);
    /** The most characters one character of the tables folds into (ß into ss). */
    private static final int LONGEST_FOLDED = java.util.stream.Stream.of(LATIN_FOLDED, PUNCTUATION_FOLDED)
            .flatMap(java.util.Arrays::stream).mapToInt(String::length).max().orElse(1);

    private static String[] table(int from, int to) {
        String[] table = new String[to - from];
        for (int c = from; c < to; c++) {
            table[c - from] = foldAnyScript(String.valueOf((char) c));
        }
        return table;
    }

    /** The general rule, for any text (package-visible for the test that checks the tables against it). */
    static String foldAnyScript(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                if (!afterLatin) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            switch (cp) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                default -> out.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Most words are plain ASCII: they need lowercasing and nothing else. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isCombiningMarkOfOtherScript(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
