package kist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure helpers the drawing writes its text and numbers with. */
class GraphSvgTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Het anker|Het anker",
            "  Het   rapport-blok |Het rapport-blok",
            "Find your why and fly|Find your why and fly",
            // cut at the last word when one ends late enough, else in the word
            "Find your why and fly, again|Find your why and fly…",
            "Solution-based-selling-explained|Solution-based…",
            "Onderhandelingstechnieken-overzicht|Onderhandelingstechni…",
            "De trukendoos: deel twee van vijf|De trukendoos: deel…",
            // a character outside the BMP is never split
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀|😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀…"})
    void labelsAreCutToTheirLength(String title, String label) {
        assertEquals(label, GraphSvg.label(title, 22));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "12.34|12.3", "12.35|12.4", "1099.96|1100", "-0.04|0", "-3.25|-3.2", "7.0|7"})
    void numbersHaveAtMostOneDecimal(double value, String written) {
        assertEquals(written, GraphSvg.number(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>&\"'|&lt;script&gt;&amp;&quot;&#39;",
            "a]]>b|a]]&gt;b",
            "bel\u0007l\u0000|bell"})
    void textIsEscapedForXmlAndLosesControlCharacters(String text, String escaped) {
        assertEquals(escaped, GraphSvg.xml(text));
    }
}
