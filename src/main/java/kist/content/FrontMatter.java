package kist.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import kist.diag.Position;

/**
 * The validated front matter of a content file. {@code extra} holds the keys kist does not know,
 * in plain Java form, for templates; {@code positions} says where each key was written.
 */
public record FrontMatter(
        String title,
        Optional<PublishDate> date,
        Optional<PublishDate> updated,
        Optional<String> summary,
        Optional<String> image,
        boolean draft,
        Optional<String> slug,
        List<String> aliases,
        List<String> techniques,
        List<String> tags,
        Optional<String> series,
        OptionalInt seriesOrder,
        boolean autolink,
        Map<String, Object> extra,
        Map<String, Position> positions) {

    public FrontMatter {
        aliases = List.copyOf(aliases);
        techniques = List.copyOf(techniques);
        tags = List.copyOf(tags);
        extra = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extra));
        positions = Map.copyOf(positions);
    }

    public Position positionOf(String key) {
        return positions.getOrDefault(key, Position.START);
    }

    /**
     * A publication moment as the author wrote it: a day, or a day and time with an offset. The
     * page shows {@code day}; ordering and the future check use {@code instant}, worked out once
     * (every build orders and checks every post by it).
     */
    public record PublishDate(java.time.LocalDate day, OffsetDateTime moment, boolean hasTime, java.time.Instant instant) {
        public PublishDate {
            if (!instant.equals(moment.toInstant())) {
                throw new IllegalArgumentException("instant " + instant + " is not the moment " + moment);
            }
        }

        public PublishDate(java.time.LocalDate day, OffsetDateTime moment, boolean hasTime) {
            this(day, moment, hasTime, moment.toInstant());
        }

        /** A day without a time: it begins at midnight where the author lives. */
        public static PublishDate ofDay(java.time.LocalDate day, java.time.ZoneId timeZone) {
            return new PublishDate(day, day.atStartOfDay(timeZone).toOffsetDateTime(), false);
        }
    }
}
