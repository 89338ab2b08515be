package kist.scaffold;

import java.util.List;
import java.util.stream.Collectors;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/** YAML scalars written by the YAML library, so any title (quotes, colons, '#', newlines) reads back as written. */
final class YamlText {
    private YamlText() {
    }

    static String quoted(String text) {
        Dump dump = new Dump(DumpSettings.builder()
                .setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
                .setSplitLines(false)
                .build());
        return dump.dumpToString(text).strip();
    }

    static String list(List<String> items) {
        return items.stream().map(YamlText::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
