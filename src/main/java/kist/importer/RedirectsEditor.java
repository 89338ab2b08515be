package kist.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adds entries to the {@code redirects:} map of kist.yaml by editing its text, so the author's
 * comments, order and quoting survive: a missing block is appended, an existing block style
 * map gets the missing entries after its last one, and an entry already there is left alone.
 */
final class RedirectsEditor {
    private RedirectsEditor() {
    }

    /**
     * @param text the new kist.yaml, when something was added
     * @param problem why the entries could not be added (kist.yaml's redirects are not a block map)
     * @param line where the problem is
     */
    record Edit(Optional<String> text, int added, Optional<String> problem, int line) {
    }

    /** @param existing the redirects kist.yaml already has, as loaded */
    static Edit merge(String text, Map<String, String> existing, Map<String, String> wanted) {
        Map<String, String> missing = new TreeMap<>(wanted);
        existing.keySet().forEach(missing::remove);
        if (missing.isEmpty()) {
            return new Edit(Optional.empty(), 0, Optional.empty(), 0);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("redirects\\s*:.*")) {
                key = i;
                break;
            }
        }
        if (key < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add("# old Blogger addresses that belong to no page (added by kist import blogger)");
            lines.add("redirects:");
            lines.add(entries(missing, "  ").stripTrailing());
            return new Edit(Optional.of(String.join("\n", lines) + "\n"), missing.size(), Optional.empty(), 0);
        }
        String rest = lines.get(key).replaceFirst("redirects\\s*:", "").replaceFirst("\\s+#.*$", "").strip();
        if (!rest.isEmpty() && !rest.equals("{}")) {
            return new Edit(Optional.empty(), 0, Optional.of("kist.yaml's redirects are not written one per line, so kist"
                    + " cannot add the old Blogger addresses to them"), key + 1);
        }
        if (rest.equals("{}")) {
            lines.set(key, lines.get(key).replaceFirst("\\{}", "").stripTrailing());
        }
        int last = key;
        String indent = "  ";
        boolean sawEntry = false;
        for (int i = key + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#") && !line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                break;
            }
            if (!sawEntry) {
                indent = line.substring(0, line.length() - line.stripLeading().length());
                sawEntry = true;
            }
            last = i;
        }
        lines.add(last + 1, entries(missing, indent).stripTrailing());
        return new Edit(Optional.of(String.join("\n", lines) + "\n"), missing.size(), Optional.empty(), 0);
    }

    /** One {@code "from": "to"} line per entry, sorted. */
    static String entries(Map<String, String> redirects, String indent) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(redirects).forEach((from, to) -> out.append(indent).append(quote(from)).append(": ").append(quote(to)).append('\n'));
        return out.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
