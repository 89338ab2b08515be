package kist.markdown;

public record Heading(int level, String text, String id) {
}
