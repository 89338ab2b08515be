package kist.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kist.data.DataParser;
import kist.data.Value;
import kist.diag.Diagnostic;
import kist.diag.Outcome;
import kist.diag.Position;

/** Splits a content file into front matter (YAML between ---, or TOML between +++) and body. */
public final class FrontMatterParser {
    private static final Set<String> KNOWN_KEYS = Set.of("title", "date", "updated", "summary", "image", "draft",
            "slug", "aliases", "techniques", "tags", "series", "seriesOrder", "autolink");
    private static final Pattern DATED_FILE_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-");

    private FrontMatterParser() {
    }

    /** @param requireDate posts need a date; standalone pages do not */
    public static Outcome<Document> parse(SourceFile source, boolean requireDate) {
        String text = source.text();
        String[] lines = text.split("\n", -1);
        String fence = lines.length > 0 ? lines[0].strip() : "";
        if (!fence.equals("---") && !fence.equals("+++")) {
            return Outcome.failed(Diagnostic.error(source.path(), 1, 1, "missing front matter",
                    "start the file with a block such as:\n  ---\n  title: \"My title\"\n  date: 2007-10-03\n  ---"));
        }
        int closing = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            return Outcome.failed(Diagnostic.error(source.path(), 1, 1, "front matter is not closed",
                    "end the front matter with a line holding only " + fence));
        }
        String data = String.join("\n", java.util.Arrays.asList(lines).subList(1, closing));
        Outcome<Value.Mapping> parsed = fence.equals("---")
                ? DataParser.yaml(source.path(), data, 2)
                : DataParser.toml(source.path(), data, 2);
        if (parsed.value().isEmpty()) {
            return Outcome.failed(parsed.diagnostics());
        }
        int bodyLine = closing + 2;
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(closing + 1, lines.length), lines.length));
        Fields fields = new Fields(source.path(), parsed.value().get());
        Optional<FrontMatter> frontMatter = fields.frontMatter(requireDate, dateFromFileName(source.path()));
        List<Diagnostic> diagnostics = Outcome.concat(parsed.diagnostics(), fields.problems);
        return frontMatter.isPresent() && fields.problems.stream().noneMatch(Diagnostic::isError)
                ? Outcome.of(new Document(source, frontMatter.get(), body, bodyLine), diagnostics)
                : Outcome.failed(diagnostics);
    }

    /** The {@code YYYY-MM-DD-} prefix of a file (or of the folder of {@code x/index.md}). */
    static Optional<LocalDate> dateFromFileName(String path) {
        Matcher matcher = DATED_FILE_NAME.matcher(ContentPaths.baseName(path));
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads typed fields out of the mapping, collecting a positioned problem for each bad one. */
    private static final class Fields {
        private final String file;
        private final Value.Mapping mapping;
        private final List<Diagnostic> problems = new ArrayList<>();

        Fields(String file, Value.Mapping mapping) {
            this.file = file;
            this.mapping = mapping;
        }

        Optional<FrontMatter> frontMatter(boolean requireDate, Optional<LocalDate> dateFromFileName) {
            Optional<String> title = text("title");
            Value titleValue = mapping.entries().get("title");
            if (titleValue == null || titleValue instanceof Value.Null || title.map(String::isBlank).orElse(false)) {
                Position at = titleValue == null ? Position.START : titleValue.position();
                problems.add(Diagnostic.error(file, at.line(), at.column(), "missing title",
                        "add a line such as: title: \"Find your why and fly\""));
            }
            Optional<FrontMatter.PublishDate> date = date("date");
            if (date.isEmpty() && !mapping.entries().containsKey("date")) {
                date = dateFromFileName.map(day -> new FrontMatter.PublishDate(day,
                        day.atStartOfDay().atOffset(ZoneOffset.UTC), false));
                if (date.isEmpty() && requireDate) {
                    problems.add(Diagnostic.error(file, 1, 1, "missing date",
                            "add a line such as: date: 2007-10-03, or start the file name with the date (2007-10-03-slug.md)"));
                }
            }
            Optional<FrontMatter.PublishDate> updated = date("updated");
            Optional<String> summary = text("summary");
            Optional<String> image = text("image");
            boolean draft = bool("draft").orElse(false);
            Optional<String> slug = text("slug");
            slug.ifPresent(this::checkSlug);
            List<String> aliases = textList("aliases");
            List<String> techniques = textList("techniques");
            List<String> tags = textList("tags");
            Optional<String> series = text("series");
            OptionalInt seriesOrder = integer("seriesOrder");
            boolean autolink = bool("autolink").orElse(true);
            Map<String, Object> extra = new HashMap<>();
            Map<String, Position> positions = new HashMap<>(mapping.keyPositions());
            mapping.entries().forEach((key, value) -> {
                if (!KNOWN_KEYS.contains(key)) {
                    Object plain = value.toPlain();
                    if (plain != null) {
                        extra.put(key, plain);
                    }
                }
            });
            if (title.isEmpty() || problems.stream().anyMatch(Diagnostic::isError)) {
                return Optional.empty();
            }
            return Optional.of(new FrontMatter(title.get().strip(), date, updated, summary, image, draft, slug, aliases,
                    techniques, tags, series, seriesOrder, autolink, extra, positions));
        }

        private void checkSlug(String slug) {
            if (!slug.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*")) {
                Position at = valuePosition("slug");
                problems.add(Diagnostic.error(file, at.line(), at.column(),
                        "slug '" + slug + "' is not one path segment of letters, digits and hyphens",
                        "try slug: " + Optional.of(Slugs.slugify(slug)).filter(s -> !s.isEmpty()).orElse("my-post")));
            }
        }

        private Position valuePosition(String key) {
            return Optional.ofNullable(mapping.entries().get(key)).map(Value::position).orElse(mapping.positionOf(key));
        }

        private void wrongType(String key, Value value, String expected, String example) {
            problems.add(Diagnostic.error(file, value.position().line(), value.position().column(),
                    "'" + key + "' must be " + expected + ", not " + value.kindName(), "for example: " + example));
        }

        private Optional<String> text(String key) {
            Value value = mapping.entries().get(key);
            if (value == null || value instanceof Value.Null) {
                return Optional.empty();
            }
            if (value instanceof Value.Scalar scalar && !(scalar.value() instanceof java.time.temporal.Temporal)) {
                return Optional.of(String.valueOf(scalar.value()));
            }
            wrongType(key, value, "text", key + ": \"...\"");
            return Optional.empty();
        }

        private Optional<Boolean> bool(String key) {
            Value value = mapping.entries().get(key);
            if (value == null || value instanceof Value.Null) {
                return Optional.empty();
            }
            if (value instanceof Value.Scalar scalar && scalar.value() instanceof Boolean b) {
                return Optional.of(b);
            }
            wrongType(key, value, "true or false", key + ": true");
            return Optional.empty();
        }

        private OptionalInt integer(String key) {
            Value value = mapping.entries().get(key);
            if (value == null || value instanceof Value.Null) {
                return OptionalInt.empty();
            }
            if (value instanceof Value.Scalar scalar && scalar.value() instanceof Long n
                    && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return OptionalInt.of(n.intValue());
            }
            wrongType(key, value, "a whole number", key + ": 2");
            return OptionalInt.empty();
        }

        /** A list of texts; a single text is accepted as a list of one. */
        private List<String> textList(String key) {
            Value value = mapping.entries().get(key);
            if (value == null || value instanceof Value.Null) {
                return List.of();
            }
            if (value instanceof Value.Scalar scalar && scalar.value() instanceof String s) {
                return s.isBlank() ? List.of() : List.of(s.strip());
            }
            if (value instanceof Value.Sequence sequence) {
                List<String> items = new ArrayList<>();
                for (Value item : sequence.items()) {
                    if (item instanceof Value.Scalar scalar
                            && (scalar.value() instanceof String || scalar.value() instanceof Long)) {
                        String s = String.valueOf(scalar.value()).strip();
                        if (!s.isEmpty()) {
                            items.add(s);
                        }
                    } else {
                        problems.add(Diagnostic.error(file, item.position().line(), item.position().column(),
                                "every item of '" + key + "' must be text, not " + item.kindName(),
                                "for example: " + key + ": [anker, spin]"));
                    }
                }
                return items;
            }
            wrongType(key, value, "a list", key + ": [anker, rapport-blok]");
            return List.of();
        }

        private Optional<FrontMatter.PublishDate> date(String key) {
            Value value = mapping.entries().get(key);
            if (value == null || value instanceof Value.Null) {
                return Optional.empty();
            }
            if (value instanceof Value.Scalar scalar) {
                Object raw = scalar.value();
                if (raw instanceof LocalDate day) {
                    return Optional.of(new FrontMatter.PublishDate(day, day.atStartOfDay().atOffset(ZoneOffset.UTC), false));
                } else if (raw instanceof OffsetDateTime moment) {
                    return Optional.of(new FrontMatter.PublishDate(moment.toLocalDate(), moment, true));
                } else if (raw instanceof String s) {
                    Optional<FrontMatter.PublishDate> parsed = parseDate(s.strip());
                    if (parsed.isPresent()) {
                        return parsed;
                    }
                    String hint = looksLikeLocalDateTime(s.strip())
                            ? "add the time zone offset: " + key + ": " + s.strip().replace(' ', 'T') + "+02:00"
                            : "write the date as " + key + ": 2007-10-03, or " + key + ": 2007-10-03T14:30:00+02:00";
                    problems.add(Diagnostic.error(file, value.position().line(), value.position().column(),
                            "invalid " + key + " '" + s.strip() + "'", hint));
                    return Optional.empty();
                }
            }
            wrongType(key, value, "a date", key + ": 2007-10-03");
            return Optional.empty();
        }

        private static boolean looksLikeLocalDateTime(String s) {
            try {
                LocalDateTime.parse(s.replace(' ', 'T'));
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    static Optional<FrontMatter.PublishDate> parseDate(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            return Optional.of(new FrontMatter.PublishDate(day, day.atStartOfDay().atOffset(ZoneOffset.UTC), false));
        } catch (DateTimeParseException notADay) {
            try {
                OffsetDateTime moment = OffsetDateTime.parse(text.replace(' ', 'T'));
                return Optional.of(new FrontMatter.PublishDate(moment.toLocalDate(), moment, true));
            } catch (DateTimeParseException notAMoment) {
                return Optional.empty();
            }
        }
    }
}
