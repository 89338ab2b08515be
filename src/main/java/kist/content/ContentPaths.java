package kist.content;

/** Names derived from a content file's path ('/'-separated, relative to the site folder). */
public final class ContentPaths {
    private ContentPaths() {
    }

    /** The file name without {@code .md}; for {@code slug/index.md}, the folder's name. */
    public static String baseName(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        if (isBundleIndex(path) && parts.length >= 2) {
            name = parts[parts.length - 2];
        }
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** {@code posts/x/index.md}: a page bundle whose other files are copied beside the page. */
    public static boolean isBundleIndex(String path) {
        return path.endsWith("/index.md");
    }

    /** {@code file}'s path below {@code folder}, '/'-separated on every system. */
    public static String relative(java.nio.file.Path folder, java.nio.file.Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** The folder of a file, with a trailing '/', or "" at the top. */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
