package kist.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import kist.cache.Fingerprints;
import kist.cache.Hashes;

/**
 * HTML kept as the UTF-8 bytes a page is written in: a rendered body is encoded once, kept so in
 * memory and in the build cache, and written into its page as it is. (As a String, a body with one
 * typographic quote takes two bytes a character, and was decoded from the cache and encoded into
 * the page again on every build.) Compares by content; the bytes are never changed.
 */
public final class HtmlBytes implements Fingerprints.Fingerprinted {
    public static final HtmlBytes EMPTY = new HtmlBytes(new byte[0]);

    private final byte[] utf8;
    /** The hash of the bytes ({@link Hashes}), made when first asked for, or kept with them in the build cache. */
    private volatile long[] hash;

    private HtmlBytes(byte[] utf8, long[] hash) {
        this.utf8 = utf8;
        this.hash = hash;
    }

    private HtmlBytes(byte[] utf8) {
        this(utf8, null);
    }

    public static HtmlBytes of(String html) {
        return new HtmlBytes(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Takes {@code utf8} over: whoever hands it on no longer changes it. */
    public static HtmlBytes ofUtf8(byte[] utf8) {
        return new HtmlBytes(utf8);
    }

    /**
     * Takes {@code utf8} over with its {@link #hash()} as kept beside it (the build cache), so
     * that a page's fingerprint does not hash the whole text again each build.
     */
    public static HtmlBytes ofUtf8(byte[] utf8, long[] hash) {
        if (hash.length != 2) {
            throw new IllegalArgumentException("a hash is two numbers, not " + hash.length);
        }
        return new HtmlBytes(utf8, hash.clone());
    }

    /** The bytes themselves, to write or store as they are; not to be changed. */
    public byte[] utf8() {
        return utf8;
    }

    /** A 128-bit hash of the bytes, as two numbers. */
    public long[] hash() {
        return knownHash().clone();
    }

    private long[] knownHash() {
        long[] known = hash;
        if (known == null) {
            known = new Hashes().add(utf8).longs();
            hash = known;
        }
        return known;
    }

    @Override
    public void addTo(Hashes hashes) {
        long[] known = knownHash();
        hashes.add(known[0]).add(known[1]);
    }

    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Whether it holds nothing but white space (as {@link String#isBlank()}). */
    public boolean isBlank() {
        for (byte b : utf8) {
            if (b < 0) {
                return text().isBlank(); // beyond ASCII: let Java's rule decide
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this and {@code html} are the same once leading and trailing white space is left
     * out (as {@link String#strip()} on both), without decoding this.
     */
    public boolean sameStripped(String html) {
        byte[] other = html.strip().getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int end = utf8.length;
        while (start < end && utf8[start] >= 0 && Character.isWhitespace(utf8[start])) {
            start++;
        }
        while (end > start && utf8[end - 1] >= 0 && Character.isWhitespace(utf8[end - 1])) {
            end--;
        }
        if (start < end && (utf8[start] < 0 || utf8[end - 1] < 0)) {
            return text().strip().equals(html.strip()); // may end in white space beyond ASCII
        }
        return Arrays.equals(utf8, start, end, other, 0, other.length);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof HtmlBytes that && Arrays.equals(utf8, that.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return text();
    }
}
