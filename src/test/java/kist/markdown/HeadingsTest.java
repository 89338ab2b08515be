package kist.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
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
            "## Intro ##\n\n## Intro #\n\n## Intro#\n\n#   Ruim   \n\n## 2007\n\n## Ölçü İstanbul Ωμέγα\n",
            "## Waarom dit werkt\n\n## Waarom dit werkt 1\n\n## Waarom dit werkt\n",
    })
    void quickPassMatchesAFullParse(String markdown) {
        assertEquals(renderer.parse(markdown, 1).headings(), renderer.headings(markdown));
    }

    /** Bodies of many headings, plain and not, with repeats: the quick pass's texts and ids are a full parse's. */
    @Test
    void plainHeadingsGetTheTextsAndIdsOfAFullParse() {
        List<String> words = List.of("Waarom", "dit", "werkt", "SPIN", "Käser", "ideeën", "2007", "één", "ÉÉN", "straße",
                "Ωμέγα", "İ", "x1", "A", "trukendoos", "anker", "Intro", "intro", "rapport", "blok", "ß", "ǅ", "Ⅻ", "٣");
        List<String> odd = List.of("-", "'", "\"", "...", "--", "*", "_", "`", "&amp;", ":", "(", ")", "!", "?", ".", "  ", "\t", "#");
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            StringBuilder body = new StringBuilder();
            for (int heading = 0; heading < 1 + random.nextInt(8); heading++) {
                body.append("#".repeat(1 + random.nextInt(6))).append(random.nextBoolean() ? " " : "   ");
                int count = 1 + random.nextInt(4);
                for (int word = 0; word < count; word++) {
                    body.append(word == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                    if (random.nextInt(25) == 0) {
                        body.append(odd.get(random.nextInt(odd.size())));
                    }
                }
                body.append(random.nextInt(6) == 0 ? " ##" : "").append("\n\nTekst.\n\n");
            }
            String markdown = body.toString();
            assertEquals(renderer.parse(markdown, 1).headings(), renderer.headings(markdown), markdown);
        }
    }

    @Test
    void onlyPlainWordsArePlain() {
        assertEquals("Waarom dit werkt", MarkdownRenderer.plainText(" Waarom dit werkt ## "));
        assertEquals("Zes", MarkdownRenderer.plainText(" Zes ######"));
        assertNull(MarkdownRenderer.plainText(" C#"));
        assertNull(MarkdownRenderer.plainText(" Twee  spaties"));
        assertNull(MarkdownRenderer.plainText(" 'T is"));
        assertNull(MarkdownRenderer.plainText(" *vet*"));
        assertNull(MarkdownRenderer.plainText(" ##"));
    }
}
