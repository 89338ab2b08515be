package kist.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kist.diag.Position;

/** Structured data (from YAML or TOML) that remembers where each value was written. */
public sealed interface Value {

    Position position();

    /** A string, Long, Double, Boolean, or a java.time value (TOML dates). */
    record Scalar(Object value, Position position) implements Value {
    }

    record Null(Position position) implements Value {
    }

    record Sequence(List<Value> items, Position position) implements Value {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Keys keep the order they were written in. */
    record Mapping(Map<String, Value> entries, Map<String, Position> keyPositions, Position position) implements Value {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyPositions = Map.copyOf(keyPositions);
        }

        public static Mapping empty(Position position) {
            return new Mapping(Map.of(), Map.of(), position);
        }

        public Position positionOf(String key) {
            return keyPositions.getOrDefault(key, position);
        }
    }

    /** The plain Java form (String, Long, Double, Boolean, List, Map, null), for templates. */
    default Object toPlain() {
        if (this instanceof Scalar scalar) {
            return scalar.value();
        } else if (this instanceof Sequence sequence) {
            List<Object> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(item.toPlain()));
            return java.util.Collections.unmodifiableList(items);
        } else if (this instanceof Mapping mapping) {
            Map<String, Object> entries = new LinkedHashMap<>();
            mapping.entries().forEach((key, value) -> entries.put(key, value.toPlain()));
            return java.util.Collections.unmodifiableMap(entries);
        }
        return null;
    }

    /** How the author would name this kind of value in a message. */
    default String kindName() {
        if (this instanceof Scalar scalar) {
            Object v = scalar.value();
            if (v instanceof String) {
                return "text";
            } else if (v instanceof Long || v instanceof Double) {
                return "a number";
            } else if (v instanceof Boolean) {
                return "true/false";
            }
            return "a date";
        } else if (this instanceof Sequence) {
            return "a list";
        } else if (this instanceof Mapping) {
            return "a map";
        }
        return "empty";
    }
}
