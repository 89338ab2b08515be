package kist.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;

/**
 * Parses YAML and TOML documents into {@link Value} trees whose positions are positions in the
 * file: {@code firstLine} is the file line the document text starts on.
 */
public final class DataParser {
    /** Immutable, so one serves every document: positions come from its marks, the file's name from the caller. */
    private static final LoadSettings YAML = LoadSettings.builder().setUseMarks(true).build();

    private DataParser() {
    }

    public static Outcome<Value.Mapping> yaml(String file, String text, int firstLine) {
        Position documentStart = new Position(firstLine, 1);
        if (text.isBlank()) {
            return Outcome.of(Value.Mapping.empty(documentStart), List.of());
        }
        try {
            Composer composer = new Composer(YAML, new ParserImpl(YAML, new StreamReader(YAML, text)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                return Outcome.of(Value.Mapping.empty(documentStart), List.of());
            }
            List<Diagnostic> problems = new ArrayList<>();
            Value value = new YamlConverter(file, firstLine, problems).convert(root.get());
            if (!(value instanceof Value.Mapping mapping)) {
                problems.add(Diagnostic.error(file, value.position().line(), value.position().column(),
                        "expected keys and values (such as title: ...), found " + value.kindName(),
                        "write one \"key: value\" per line"));
                return Outcome.failed(problems);
            }
            return problems.isEmpty() ? Outcome.of(mapping, problems) : Outcome.failed(problems);
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark)
                    .map(mark -> toPosition(mark, firstLine)).orElse(documentStart);
            String problem = Optional.ofNullable(e.getProblem()).orElse("invalid YAML");
            String context = Optional.ofNullable(e.getContext()).map(c -> " " + c).orElse("");
            return Outcome.failed(Diagnostic.error(file, at.line(), at.column(),
                    "invalid YAML: " + problem + context,
                    "check the indentation and quote values that contain ': ' or start with a special character"));
        } catch (YamlEngineException e) {
            return Outcome.failed(Diagnostic.error(file, firstLine, 1, "invalid YAML: " + e.getMessage(),
                    "check the YAML syntax"));
        }
    }

    public static Outcome<Value.Mapping> toml(String file, String text, int firstLine) {
        TomlParseResult result = Toml.parse(text);
        if (result.hasErrors()) {
            List<Diagnostic> problems = new ArrayList<>();
            for (TomlParseError error : result.errors()) {
                TomlPosition at = error.position();
                problems.add(Diagnostic.error(file, at.line() + firstLine - 1, at.column(),
                        "invalid TOML: " + stripPosition(error.getMessage()),
                        "strings need quotes in TOML: title = \"My title\""));
            }
            return Outcome.failed(problems);
        }
        return Outcome.of(tomlTable(result, new Position(firstLine, 1), firstLine), List.of());
    }

    private static Value.Mapping tomlTable(TomlTable table, Position position, int firstLine) {
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Position> keyPositions = new HashMap<>();
        for (String key : table.keySet()) {
            List<String> path = List.of(key);
            Position at = Optional.ofNullable(table.inputPositionOf(path))
                    .map(p -> new Position(p.line() + firstLine - 1, p.column())).orElse(position);
            keyPositions.put(key, at);
            entries.put(key, tomlValue(table.get(path), at, firstLine));
        }
        return new Value.Mapping(entries, keyPositions, position);
    }

    private static Value tomlValue(Object raw, Position at, int firstLine) {
        if (raw instanceof TomlTable table) {
            return tomlTable(table, at, firstLine);
        } else if (raw instanceof TomlArray array) {
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Position itemAt = Optional.ofNullable(array.inputPositionOf(i))
                        .map(p -> new Position(p.line() + firstLine - 1, p.column())).orElse(at);
                items.add(tomlValue(array.get(i), itemAt, firstLine));
            }
            return new Value.Sequence(items, at);
        } else if (raw == null) {
            return new Value.Null(at);
        }
        return new Value.Scalar(raw, at);
    }

    private static String stripPosition(String message) {
        return message.replaceFirst("\\s*\\(line \\d+, column \\d+\\)$", "");
    }

    static Position toPosition(Mark mark, int firstLine) {
        return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    private record YamlConverter(String file, int firstLine, List<Diagnostic> problems) {

        Value convert(Node node) {
            Position at = node.getStartMark().map(mark -> toPosition(mark, firstLine)).orElse(new Position(firstLine, 1));
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, at);
            } else if (node instanceof SequenceNode sequence) {
                List<Value> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(convert(item)));
                return new Value.Sequence(items, at);
            } else if (node instanceof MappingNode mapping) {
                Map<String, Value> entries = new LinkedHashMap<>();
                Map<String, Position> keyPositions = new HashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Value key = convert(tuple.getKeyNode());
                    String name = String.valueOf(key.toPlain());
                    if (entries.containsKey(name)) {
                        problems.add(Diagnostic.error(file, key.position().line(), key.position().column(),
                                "duplicate key '" + name + "'",
                                "the same key is also at line " + keyPositions.get(name).line() + "; keep one"));
                        continue;
                    }
                    keyPositions.put(name, key.position());
                    entries.put(name, convert(tuple.getValueNode()));
                }
                return new Value.Mapping(entries, keyPositions, at);
            }
            return new Value.Null(at);
        }

        private Value scalar(ScalarNode scalar, Position at) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            if (!scalar.isPlain() || tag.equals(Tag.STR)) {
                return new Value.Scalar(text, at);
            }
            if (tag.equals(Tag.NULL)) {
                return new Value.Null(at);
            } else if (tag.equals(Tag.BOOL)) {
                return new Value.Scalar(Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT)), at);
            } else if (tag.equals(Tag.INT)) {
                try {
                    return new Value.Scalar(Long.decode(text.replace("_", "").replace("0o", "0")), at);
                } catch (NumberFormatException e) {
                    return new Value.Scalar(text, at);
                }
            } else if (tag.equals(Tag.FLOAT)) {
                try {
                    return new Value.Scalar(Double.valueOf(text), at);
                } catch (NumberFormatException e) {
                    return new Value.Scalar(text, at);
                }
            }
            return new Value.Scalar(text, at);
        }
    }
}
