package kist.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kist.diag.Diagnostic;
import kist.diag.Position;

/**
 * Reads typed values out of a {@link Value.Mapping} (kist.yaml, front matter), collecting one
 * positioned problem for each value of the wrong type. An absent or empty value is no problem.
 */
public final class Fields {
    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();

    public Fields(String file) {
        this.file = file;
    }

    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    public void add(Diagnostic diagnostic) {
        problems.add(diagnostic);
    }

    /** An error at a value, or at the start of the file when there is none. */
    public void error(Value at, String message, String hint) {
        Position position = at == null ? Position.START : at.position();
        problems.add(Diagnostic.error(file, position.line(), position.column(), message, hint));
    }

    /** The value at {@code key}, unless it is absent or empty. */
    public static Optional<Value> value(Value.Mapping map, String key) {
        Value value = map.entries().get(key);
        return value == null || value instanceof Value.Null ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> text(Value.Mapping map, String key) {
        return value(map, key).flatMap(value -> {
            if (value instanceof Value.Scalar scalar && !(scalar.value() instanceof java.time.temporal.Temporal)) {
                return Optional.of(String.valueOf(scalar.value()).strip());
            }
            return wrongType(key, value, "text", key + ": \"...\"");
        });
    }

    public Optional<Boolean> bool(Value.Mapping map, String key) {
        return value(map, key).flatMap(value -> value instanceof Value.Scalar scalar && scalar.value() instanceof Boolean b
                ? Optional.of(b)
                : wrongType(key, value, "true or false", key + ": true"));
    }

    /** A whole number between {@code min} and {@code max}. */
    public Optional<Integer> wholeNumber(Value.Mapping map, String key, int min, int max, String example) {
        return value(map, key).flatMap(value -> {
            if (!(value instanceof Value.Scalar scalar && scalar.value() instanceof Long n)) {
                return wrongType(key, value, "a whole number", key + ": " + example);
            }
            if (n < min || n > max) {
                error(value, "'" + key + "' must be between " + min + " and " + max, "for example: " + key + ": " + example);
                return Optional.empty();
            }
            return Optional.of(n.intValue());
        });
    }

    /** A list of texts; a single text is taken as a list of one. */
    public List<String> textList(Value.Mapping map, String key, String example) {
        Optional<Value> present = value(map, key);
        if (present.isEmpty()) {
            return List.of();
        }
        Value value = present.get();
        if (value instanceof Value.Scalar scalar && scalar.value() instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip());
        }
        if (!(value instanceof Value.Sequence sequence)) {
            wrongType(key, value, "a list", key + ": " + example);
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Value item : sequence.items()) {
            if (item instanceof Value.Scalar scalar && (scalar.value() instanceof String || scalar.value() instanceof Long)) {
                String text = String.valueOf(scalar.value()).strip();
                if (!text.isEmpty()) {
                    items.add(text);
                }
            } else {
                error(item, "every item of '" + key + "' must be text, not " + item.kindName(), "for example: " + key + ": " + example);
            }
        }
        return items;
    }

    /** A nested map of settings; an empty one when absent. */
    public Value.Mapping mapping(Value.Mapping map, String key) {
        Optional<Value> value = value(map, key);
        if (value.isPresent() && !(value.get() instanceof Value.Mapping)) {
            wrongType(key, value.get(), "a map of settings", key + ":\n  name: ...");
        }
        return value.filter(Value.Mapping.class::isInstance).map(Value.Mapping.class::cast)
                .orElseGet(() -> Value.Mapping.empty(map.position()));
    }

    private <T> Optional<T> wrongType(String key, Value value, String expected, String example) {
        error(value, "'" + key + "' must be " + expected + ", not " + value.kindName(), "for example: " + example);
        return Optional.empty();
    }
}
