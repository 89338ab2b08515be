package kist.serve;

import java.nio.file.Path;

/**
 * Files editors write while saving that are not the author's content: a change to one of them
 * must not cause a build (the real file's own event follows when the save completes).
 */
final class EditorFiles {
    private EditorFiles() {
    }

    /** True when any part of {@code relative} is hidden or an editor's temporary, swap or backup file. */
    static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (isIgnoredName(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static boolean isIgnoredName(String name) {
        return name.isEmpty()
                || name.startsWith(".")                   // hidden: vim's .x.swp, emacs' .#x locks, .goutputstream-*
                || name.equals("4913")                    // vim probes whether it may write the folder
                || name.endsWith("~")                     // vim, emacs and gedit backups
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
                || name.startsWith("#") && name.endsWith("#")   // emacs auto-save
                || name.contains("___jb_tmp___") || name.contains("___jb_old___");  // JetBrains safe write
    }
}
