package kist.markdown;

/** The sentence around a link, as readable text: what a backlink shows of the page that links. */
final class Sentences {
    private static final int MAX_LENGTH = 240;
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private Sentences() {
    }

    /** @param block the readable text of the paragraph (or list item); {@code offset} inside it */
    static String around(CharSequence block, int offset) {
        String text = block.toString();
        int start = 0;
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (isSentenceEnd(text, i - 1) && Character.isWhitespace(text.charAt(i))) {
                start = i + 1;
                break;
            }
        }
        int end = text.length();
        for (int i = Math.max(offset, 0); i < text.length() - 1; i++) {
            if (isSentenceEnd(text, i) && Character.isWhitespace(text.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        String sentence = WHITE_SPACE.matcher(text.substring(start, end)).replaceAll(" ").strip();
        return sentence.length() <= MAX_LENGTH ? sentence : sentence.substring(0, MAX_LENGTH - 1).strip() + "…";
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?';
    }
}
