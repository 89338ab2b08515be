package kist.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kist.data.DataParser;
import kist.data.Fields;
import kist.data.Value;
import kist.diag.Diagnostic;
import kist.diag.Outcome;

/** Splits a content file into front matter (YAML between ---, or TOML between +++) and body. */
public final class FrontMatterParser {
    private static final Set<String> KNOWN_KEYS = Set.of("title", "date", "updated", "summary", "image", "draft",
            "slug", "aliases", "techniques", "tags", "series", "seriesOrder", "autolink");
    private static final Pattern DATED_FILE_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-");

    private FrontMatterParser() {
    }

    /**
     * @param requireDate posts need a date; standalone pages do not
     * @param timeZone    where a date without a time begins (the site's {@code timeZone})
     */
    public static Outcome<Document> parse(SourceFile source, boolean requireDate, ZoneId timeZone) {
        String text = source.text();
        int firstEnd = lineEnd(text, 0);
        String fence = text.substring(0, firstEnd).strip();
        if (!fence.equals("---") && !fence.equals("+++")) {
            return Outcome.failed(Diagnostic.error(source.path(), 1, 1, "missing front matter",
                    "start the file with a block such as:\n  ---\n  title: \"My title\"\n  date: 2007-10-03\n  ---"));
        }
        // only the front matter's lines are looked at: the body is taken as it is
        int closing = -1;
        int closingStart = -1;
        int closingEnd = -1;
        for (int start = firstEnd + 1, index = 1; start <= text.length(); index++) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                closing = index;
                closingStart = start;
                closingEnd = end;
                break;
            }
            start = end + 1;
        }
        if (closing < 0) {
            return Outcome.failed(Diagnostic.error(source.path(), 1, 1, "front matter is not closed",
                    "end the front matter with a line holding only " + fence));
        }
        String data = closingStart - 1 > firstEnd ? text.substring(firstEnd + 1, closingStart - 1) : "";
        Outcome<Value.Mapping> parsed = fence.equals("---")
                ? DataParser.yaml(source.path(), data, 2)
                : DataParser.toml(source.path(), data, 2);
        if (parsed.value().isEmpty()) {
            return Outcome.failed(parsed.diagnostics());
        }
        int bodyLine = closing + 2;
        int bodyStart = Math.min(closingEnd + 1, text.length());
        FrontMatterFields fields = new FrontMatterFields(source.path(), parsed.value().get(), timeZone);
        Optional<FrontMatter> frontMatter = fields.frontMatter(requireDate, dateFromFileName(source.path()));
        List<Diagnostic> diagnostics = Outcome.concat(parsed.diagnostics(), fields.problems());
        return frontMatter.isPresent()
                ? Outcome.of(new Document(source, frontMatter.get(), bodyStart, bodyLine), diagnostics)
                : Outcome.failed(diagnostics);
    }

    /** Where the line starting at {@code start} ends: its '\n', or the end of the text. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
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

    /** Reads the known fields out of the mapping, collecting a positioned problem for each bad one. */
    private static final class FrontMatterFields {
        private final String file;
        private final Value.Mapping mapping;
        private final Fields fields;
        private final ZoneId timeZone;

        FrontMatterFields(String file, Value.Mapping mapping, ZoneId timeZone) {
            this.file = file;
            this.mapping = mapping;
            this.fields = new Fields(file);
            this.timeZone = timeZone;
        }

        List<Diagnostic> problems() {
            return fields.problems();
        }

        Optional<FrontMatter> frontMatter(boolean requireDate, Optional<LocalDate> dateFromFileName) {
            Optional<String> title = fields.text(mapping, "title");
            if (Fields.value(mapping, "title").isEmpty() || title.map(String::isBlank).orElse(false)) {
                fields.error(mapping.entries().get("title"), "missing title", "add a line such as: title: \"Find your why and fly\"");
            }
            Optional<FrontMatter.PublishDate> date = date("date");
            if (Fields.value(mapping, "date").isEmpty()) {
                date = dateFromFileName.map(day -> FrontMatter.PublishDate.ofDay(day, timeZone));
                if (date.isEmpty() && requireDate) {
                    fields.add(Diagnostic.error(file, 1, 1, "missing date",
                            "add a line such as: date: 2007-10-03, or start the file name with the date (2007-10-03-slug.md)"));
                }
            }
            Optional<FrontMatter.PublishDate> updated = date("updated");
            Optional<String> slug = fields.text(mapping, "slug");
            slug.ifPresent(this::checkSlug);
            FrontMatter frontMatter = new FrontMatter(title.orElse(""), date, updated,
                    fields.text(mapping, "summary"), fields.text(mapping, "image"),
                    fields.bool(mapping, "draft").orElse(false), slug,
                    fields.textList(mapping, "aliases", "[/2007/10/old-address.html]"),
                    fields.textList(mapping, "techniques", "[anker, rapport-blok]"),
                    fields.textList(mapping, "tags", "[verkoop, b2b]"),
                    fields.text(mapping, "series"),
                    fields.wholeNumber(mapping, "seriesOrder", 0, 100_000, "2").map(OptionalInt::of).orElse(OptionalInt.empty()),
                    fields.bool(mapping, "autolink").orElse(true),
                    extra(), mapping.keyPositions());
            return fields.hasErrors() ? Optional.empty() : Optional.of(frontMatter);
        }

        private Map<String, Object> extra() {
            Map<String, Object> extra = new HashMap<>();
            mapping.entries().forEach((key, value) -> {
                Object plain = value.toPlain();
                if (!KNOWN_KEYS.contains(key) && plain != null) {
                    extra.put(key, plain);
                }
            });
            return extra;
        }

        private void checkSlug(String slug) {
            if (!slug.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*")) {
                fields.error(mapping.entries().get("slug"),
                        "slug '" + slug + "' is not one path segment of letters, digits and hyphens",
                        "try slug: " + Optional.of(Slugs.slugify(slug)).filter(s -> !s.isEmpty()).orElse("my-post"));
            }
        }

        private Optional<FrontMatter.PublishDate> date(String key) {
            Optional<Value> present = Fields.value(mapping, key);
            if (present.isEmpty()) {
                return Optional.empty();
            }
            Value value = present.get();
            Object raw = value instanceof Value.Scalar scalar ? scalar.value() : null;
            if (raw instanceof LocalDate day) {
                return Optional.of(FrontMatter.PublishDate.ofDay(day, timeZone));
            } else if (raw instanceof OffsetDateTime moment) {
                return Optional.of(new FrontMatter.PublishDate(moment.toLocalDate(), moment, true));
            } else if (raw instanceof String text) {
                Optional<FrontMatter.PublishDate> parsed = parseDate(text.strip(), timeZone);
                if (parsed.isEmpty()) {
                    String hint = looksLikeLocalDateTime(text.strip())
                            ? "add the time zone offset: " + key + ": " + text.strip().replace(' ', 'T') + "+02:00"
                            : "write the date as " + key + ": 2007-10-03, or " + key + ": 2007-10-03T14:30:00+02:00";
                    fields.error(value, "invalid " + key + " '" + text.strip() + "'", hint);
                }
                return parsed;
            }
            fields.error(value, "'" + key + "' must be a date, not " + value.kindName(), "for example: " + key + ": 2007-10-03");
            return Optional.empty();
        }

        private static boolean looksLikeLocalDateTime(String text) {
            try {
                LocalDateTime.parse(text.replace(' ', 'T'));
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    static Optional<FrontMatter.PublishDate> parseDate(String text, ZoneId timeZone) {
        try {
            return Optional.of(FrontMatter.PublishDate.ofDay(LocalDate.parse(text), timeZone));
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
