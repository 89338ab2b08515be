package kist.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Locale;
import java.util.Set;

/**
 * Turns the apostrophe of a Dutch elision ('t, 's, 'm, 'ie, '90 …) into ’ before flexmark's quote
 * pairing sees it.
 *
 * <p>The typographic extension treats a {@code '} after a space and before a letter as a possible
 * opening quote; if a closing {@code '} follows later in the paragraph the elision becomes ‘ and the
 * real quote pairs go wrong. Inline parser extensions run before delimiter processing, so claiming
 * the apostrophe here keeps it out of the delimiter stack altogether. The one case it cannot claim,
 * a quote run such as {@code ''t}, is repaired after parsing by {@link QuoteRunRepair}.
 */
final class DutchElisions implements InlineParserExtension {

    static final String APOSTROPHE = "\u2019";
    static final String OPENING_QUOTE = "\u2018";

    /** Elided words that start with an apostrophe; matched case-insensitively as a whole word. */
    private static final Set<String> ELIDED_WORDS = Set.of("t", "s", "m", "n", "k", "r", "ie", "em", "ns");

    private DutchElisions() {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int index = inlineParser.getIndex();
        if (!isApostrophe(input, index)) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new TypographicSmarts(input.subSequence(index, index + 1), APOSTROPHE));
        inlineParser.setIndex(index + 1);
        return true;
    }

    /** Whether the {@code '} at {@code index} is an apostrophe for sure, never a quote. */
    static boolean isApostrophe(CharSequence input, int index) {
        boolean afterWordChar = index > 0 && Character.isLetterOrDigit(input.charAt(index - 1));
        if (afterWordChar) {
            // hypotheek's, don't: inside a word it can only be an apostrophe
            return index + 1 < input.length() && Character.isLetter(input.charAt(index + 1));
        }
        int end = index + 1;
        while (end < input.length() && Character.isLetter(input.charAt(end))) {
            end++;
        }
        if (end > index + 1) {
            String word = input.subSequence(index + 1, end).toString().toLowerCase(Locale.ROOT);
            return ELIDED_WORDS.contains(word) && endsWord(input, end) && !isQuote(input, end);
        }
        // decades and years: de jaren '90, in '07
        while (end < input.length() && Character.isDigit(input.charAt(end))) {
            end++;
        }
        // no quote check here: '90' is far more often a decade ending a quotation than a quoted number
        return end == index + 3 && endsWord(input, end);
    }

    private static boolean endsWord(CharSequence input, int end) {
        return end >= input.length() || !Character.isLetterOrDigit(input.charAt(end));
    }

    /** A quote right after the word ('n') means the letter itself is quoted; that is left to the quote pairing. */
    private static boolean isQuote(CharSequence input, int end) {
        return end < input.length() && (input.charAt(end) == '\'' || input.charAt(end) == '\u2019');
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    static final class Factory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "'";
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new DutchElisions();
        }
    }

    /**
     * A quote opening on an elision, {@code '’t is goed'}, is written {@code ''t is goed'}. flexmark
     * scans {@code ''} as one delimiter run before the extension sees the second {@code '}, and pairs
     * the inner one, the elision, with the closing quote. Swapping the two characters back gives
     * ‘’t instead of ’‘t.
     */
    static final class QuoteRunRepair extends NodePostProcessor {

        @Override
        public void process(NodeTracker state, Node node) {
            if (!(node instanceof TypographicQuotes quotes) || !(node.getPrevious() instanceof TypographicSmarts before)) {
                return;
            }
            BasedSequence opening = quotes.getOpeningMarker();
            if (opening.length() == 1 && opening.charAt(0) == '\''
                    && before.getChars().length() == 1 && before.getChars().charAt(0) == '\''
                    && before.getChars().getEndOffset() == opening.getStartOffset()
                    && isApostrophe(opening.getBaseSequence(), opening.getStartOffset())) {
                before.setTypographicText(OPENING_QUOTE);
                quotes.setTypographicOpening(APOSTROPHE);
            }
        }

        static final class Factory extends NodePostProcessorFactory {
            Factory() {
                super(false);
                addNodes(TypographicQuotes.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new QuoteRunRepair();
            }
        }
    }
}
