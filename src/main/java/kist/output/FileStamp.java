package kist.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How a file is on disk, compared instead of its bytes: its size, its modification time (to the
 * nanosecond where the file system keeps them) and the file system's key for it (device and inode
 * on Linux, none elsewhere). A file written again gets a new time or a new inode, so an equal
 * stamp means the file was left as it was.
 */
public record FileStamp(long size, long modified, String fileKey) {
    /** The stamp of {@code file} as it is now; empty when it is not a regular file or cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(new FileStamp(attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), Objects.toString(attributes.fileKey(), "")))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
