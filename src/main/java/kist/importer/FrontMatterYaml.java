package kist.importer;

import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes front matter through snakeyaml-engine, so any title (quotes, colons, a leading '-',
 * "yes") is quoted exactly as YAML needs; keys keep the order given.
 */
final class FrontMatterYaml {
    private final Dump dump = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100_000)
            .setSplitLines(false)
            .build());

    /** {@code ---}, the YAML of {@code fields}, {@code ---}, each on its own line. */
    String frontMatter(Map<String, Object> fields) {
        return "---\n" + dump.dumpToString(fields) + "---\n";
    }
}
