package kist.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The distinct folded words of one text, counted, in the order they first appear. A plain ASCII
 * word is looked up by the hash of its lowercase, worked out from the text itself, so that a word
 * becomes a String only the first time it is seen: a post uses its words many times over.
 */
public final class WordTable {
    private String[] words = new String[64];
    private int[] hashes = new int[64];
    private int[] counts = new int[64];
    private int size;
    /** Open addressing: 1 + the index of a word, 0 for an empty slot. */
    private int[] slots = new int[128];

    /** Counts the word {@code text[start, end)}, plain ASCII letters and digits: folded, it is its lowercase. */
    public void addAscii(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + lower(text.charAt(i));
        }
        int slot = hash & (slots.length - 1);
        for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (hashes[entry - 1] == hash && sameLowercase(words[entry - 1], text, start, end)) {
                counts[entry - 1]++;
                return;
            }
        }
        insert(slot, text.substring(start, end).toLowerCase(Locale.ROOT), hash);
    }

    /** Counts a word that is folded already. */
    public void add(String folded) {
        int hash = folded.hashCode();
        int slot = hash & (slots.length - 1);
        for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (hashes[entry - 1] == hash && words[entry - 1].equals(folded)) {
                counts[entry - 1]++;
                return;
            }
        }
        insert(slot, folded, hash);
    }

    public int size() {
        return size;
    }

    public String word(int index) {
        return words[index];
    }

    public int count(int index) {
        return counts[index];
    }

    /** The words, in the order they first appear. */
    public List<String> words() {
        return List.of(Arrays.copyOf(words, size));
    }

    private void insert(int slot, String word, int hash) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        words[size] = word;
        hashes[size] = hash;
        counts[size] = 1;
        size++;
        slots[slot] = size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int index = 0; index < size; index++) {
            int slot = hashes[index] & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = index + 1;
        }
    }

    private static boolean sameLowercase(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
