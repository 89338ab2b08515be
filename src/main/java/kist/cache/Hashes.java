package kist.cache;

import java.util.HexFormat;

/**
 * Content hashes that key caches: 128-bit MurmurHash3 (x64) over the parts' UTF-16 characters,
 * each part preceded by its length so that parts cannot run together. Not a cryptographic hash:
 * the keys are made from the author's own files, where an accidental collision of 128 bits does
 * not happen, and it is many times faster than SHA-256 where the JVM has no SHA instructions for
 * compiled code (the launcher's quick compiler), which matters with 100 MB of posts to key.
 * {@link #of(String...)} hashes strings; an instance takes strings, numbers and bytes one after
 * the other (each string and byte array preceded by its length) and is used by one thread.
 */
public final class Hashes {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long k1;
    private long k2;
    private int inBlock;
    private long chars;

    /** An empty hash, to add parts to. */
    public Hashes() {
    }

    /** 32 hexadecimal digits. */
    public static String of(String... parts) {
        Hashes hash = new Hashes();
        for (String part : parts) {
            hash.add(part);
        }
        return hash.hex();
    }

    /** Adds {@code text}, preceded by its length. */
    public Hashes add(String text) {
        addLength(text.length());
        addChars(text);
        return this;
    }

    /** Adds {@code bytes}, preceded by their length: as characters of two bytes each (low byte first), the last alone. */
    public Hashes add(byte[] bytes) {
        addLength(bytes.length);
        int i = 0;
        for (; inBlock != 0 && i + 1 < bytes.length; i += 2) {
            add(pair(bytes, i));
        }
        for (; inBlock == 0 && i + 16 <= bytes.length; i += 16) {
            block(littleEndian(bytes, i), littleEndian(bytes, i + 8));
        }
        for (; i + 1 < bytes.length; i += 2) {
            add(pair(bytes, i));
        }
        if (i < bytes.length) {
            add((char) (bytes[i] & 0xff));
        }
        return this;
    }

    private static char pair(byte[] bytes, int at) {
        return (char) (bytes[at] & 0xff | (bytes[at + 1] & 0xff) << 8);
    }

    /** Eight bytes as four characters of two, as a block takes them. */
    private static long littleEndian(byte[] bytes, int at) {
        return bytes[at] & 0xffL | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16 | (bytes[at + 3] & 0xffL) << 24
                | (bytes[at + 4] & 0xffL) << 32 | (bytes[at + 5] & 0xffL) << 40 | (bytes[at + 6] & 0xffL) << 48
                | (bytes[at + 7] & 0xffL) << 56;
    }

    public Hashes add(long value) {
        add((char) value);
        add((char) (value >>> 16));
        add((char) (value >>> 32));
        add((char) (value >>> 48));
        return this;
    }

    private void addLength(int length) {
        add((char) (length >>> 16));
        add((char) length);
    }

    /** Adds the characters of {@code text} without its length (for tests of the other parts). */
    Hashes addCharacters(String text) {
        addChars(text);
        return this;
    }

    private void addChars(String text) {
        int i = 0;
        int length = text.length();
        while (i < length && inBlock != 0) {
            add(text.charAt(i++));
        }
        for (; i + 8 <= length; i += 8) {
            block(text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48,
                    text.charAt(i + 4) | (long) text.charAt(i + 5) << 16 | (long) text.charAt(i + 6) << 32 | (long) text.charAt(i + 7) << 48);
        }
        while (i < length) {
            add(text.charAt(i++));
        }
    }

    private void add(char c) {
        if (inBlock < 4) {
            k1 |= (long) c << (16 * inBlock);
        } else {
            k2 |= (long) c << (16 * (inBlock - 4));
        }
        if (++inBlock == 8) {
            long first = k1;
            long second = k2;
            k1 = 0;
            k2 = 0;
            inBlock = 0;
            block(first, second);
        }
    }

    private void block(long first, long second) {
        chars += 8;
        h1 ^= mixFirst(first);
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixSecond(second);
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    /** The hash of what was added, as 32 hexadecimal digits; the instance is used up. */
    public String hex() {
        finish();
        return HexFormat.of().toHexDigits(h1) + HexFormat.of().toHexDigits(h2);
    }

    /** The hash of what was added, as two numbers; the instance is used up. */
    public long[] longs() {
        finish();
        return new long[] {h1, h2};
    }

    private void finish() {
        if (inBlock > 0) {
            h1 ^= mixFirst(k1);
            h2 ^= mixSecond(k2);
            chars += inBlock;
        }
        long bytes = chars * 2;
        h1 ^= bytes;
        h2 ^= bytes;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
    }

    private static long mixFirst(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixSecond(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
