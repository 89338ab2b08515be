package kist.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One file of the built site, by its path in the output folder ('/'-separated). {@code origin}
 * names what made it (a source file, a theme asset, "home page"), for collision messages.
 */
public sealed interface OutputFile {
    String path();

    String origin();

    /**
     * A file kist made in memory, as parts written one after the other: most files are one part;
     * the search index is an entry a part, so that a build that changes one entry hands on the
     * others as they were, and neither joining them nor comparing the file with the previous
     * build's (kist serve) goes over the whole file.
     */
    sealed interface InMemory extends OutputFile {
        List<byte[]> parts();

        default long size() {
            long size = 0;
            for (byte[] part : parts()) {
                size += part.length;
            }
            return size;
        }

        /** The whole file, joined now. */
        default byte[] bytes() {
            byte[] bytes = new byte[Math.toIntExact(size())];
            int at = 0;
            for (byte[] part : parts()) {
                System.arraycopy(part, 0, bytes, at, part.length);
                at += part.length;
            }
            return bytes;
        }

        /** Whether {@code other} holds the same bytes, compared part by part: most are the very same arrays. */
        default boolean sameBytes(InMemory other) {
            List<byte[]> parts = parts();
            List<byte[]> otherParts = other.parts();
            if (size() != other.size()) {
                return false;
            }
            int part = 0;
            int otherPart = 0;
            int at = 0;
            int otherAt = 0;
            while (part < parts.size() && otherPart < otherParts.size()) {
                byte[] mine = parts.get(part);
                byte[] theirs = otherParts.get(otherPart);
                if (mine == theirs && at == 0 && otherAt == 0) {
                    part++;
                    otherPart++;
                    continue;
                }
                int length = Math.min(mine.length - at, theirs.length - otherAt);
                if (Arrays.mismatch(mine, at, at + length, theirs, otherAt, otherAt + length) != -1) {
                    return false;
                }
                at += length;
                otherAt += length;
                if (at == mine.length) {
                    part++;
                    at = 0;
                }
                if (otherAt == theirs.length) {
                    otherPart++;
                    otherAt = 0;
                }
            }
            return true;
        }

        default void writeTo(OutputStream out) throws IOException {
            for (byte[] part : parts()) {
                out.write(part);
            }
        }
    }

    /** A file kist generated in one piece: a page, a feed, a theme asset. */
    record Generated(String path, byte[] bytes, String origin) implements InMemory {
        @Override
        public List<byte[]> parts() {
            return List.of(bytes);
        }
    }

    /** A file kist generated in parts (the search index, an entry a part). */
    record Joined(String path, List<byte[]> parts, String origin) implements InMemory {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    /** A file copied as it is from the source (images beside a post), read only when written. */
    record Copied(String path, Path source, String origin) implements OutputFile {
    }
}
