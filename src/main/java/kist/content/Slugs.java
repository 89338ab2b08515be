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
     * Case and diacritic folding used wherever names are matched (terms, wikilinks, search):
     * Latin letters lose their diacritics, other scripts keep theirs, lowercase in Locale.ROOT.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int previousBase = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK && previousBase >= 0
                    && Character.UnicodeScript.of(previousBase) == Character.UnicodeScript.LATIN) {
                continue;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                previousBase = cp;
            }
            out.appendCodePoint(cp);
        }
        String latinFolded = out.toString()
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
                .replace("ø", "o").replace("Ø", "O").replace("œ", "oe").replace("Œ", "OE")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        return Normalizer.normalize(latinFolded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
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
