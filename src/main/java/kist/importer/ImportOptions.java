package kist.importer;

import java.util.function.Predicate;

/**
 * How to import: {@code pictureHosts} says which hosts' pictures are Blogger's (and may be
 * downloaded); tests put their local server there.
 */
public record ImportOptions(boolean dryRun, boolean force, ImageMode images, Predicate<String> pictureHosts) {
    public ImportOptions(boolean dryRun, boolean force, ImageMode images) {
        this(dryRun, force, images, BloggerHosts.IMAGES);
    }
}
