package kist.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick heading pass of a build finds exactly the headings, and ids, that a full parse does. */
class HeadingsTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    @ParameterizedTest
    @ValueSource(strings = {
            "Geen koppen.\n\nNog een alinea.",
            "# Een\n\nTekst\n\n## Twee *vet*\n\n### Drie `code`\n",
            "## Intro\n\n## Intro\n\n## Intro\n",
            "## 'T is de ''trukendoos'' -- echt\n",
            "```\n# geen kop\n```\n\n## Wel een kop\n\n~~~~\n## ook geen\n~~~\n~~~~\n",
            "Setext kop\n==========\n\nTweede\n------\n",
            "> ## In een citaat\n\n- ## In een lijst\n1. ## Genummerd\n",
            "<div>\n# in html\n</div>\n\n## Erna\n",
            "## Met [een link][ref]\n\n[ref]: https://example.com/\n",
            "    # ingesprongen code\n\n## Kop\n",
            "#geen-kop\n\n#\n\n## \n\n###### Zes ######\n",
            "## Käser én SPIN\n\n## KÄSER EN SPIN\n",
    })
    void quickPassMatchesAFullParse(String markdown) {
        assertEquals(renderer.parse(markdown, 1).headings(), renderer.headings(markdown));
    }
}
