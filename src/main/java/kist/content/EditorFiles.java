package kist.content;

import java.nio.file.Path;

/**
 * Files that are not the author's content though they sit among it: hidden files and what editors
 * and file managers leave while saving. A build reads none of them and a change to one of them
 * causes no build in kist serve (the real file's own event follows when the save completes).
 */
public final class EditorFiles {
    private EditorFiles() {
    }

    /** True when any part of {@code relative} is hidden or an editor's temporary, swap or backup file. */
    public static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (isIgnoredName(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** {@code relative} written with '/' separators, as theme files are named. */
    public static boolean isIgnored(String relative) {
        for (String part : relative.split("/")) {
            if (isIgnoredName(part)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isIgnoredName(String name) {
        return name.isEmpty()
                || name.startsWith(".")                   // hidden: vim's .x.swp, emacs' .#x locks, .goutputstream-*
                || name.equals("4913")                    // vim probes whether it may write the folder
                || name.endsWith("~")                     // vim, emacs and gedit backups
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.startsWith("#") && name.endsWith("#")   // emacs auto-save
                || name.contains("___jb_tmp___") || name.contains("___jb_old___")  // JetBrains safe write
                || name.equals("Thumbs.db");                                     // Windows picture previews
    }
}
