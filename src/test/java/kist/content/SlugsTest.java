package kist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Käser | kaser",
            "Find your why and fly | find-your-why-and-fly",
            "Het \"rapport-blok\" | het-rapport-blok",
            "  --Drie  spaties--  | drie-spaties",
            "Coördinatie & ideeën | coordinatie-ideeen",
            "Straße | strasse",
            "ØRESUND | oresund",
            "INKOPEN IS KUNST | inkopen-is-kunst",
            "Продажи и SPIN | продажи-и-spin",
            "営業のコツ | 営業のコツ",
            "C++ | c",
            "2007-10-03-find | 2007-10-03-find",
            "★★★ | ''",
    })
    void slugRule(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }

    @Test
    void emptySlugGetsAStableFallback() {
        String first = Slugs.slugifyOrFallback("★★", "post-", "content/posts/★★.md");
        assertEquals(first, Slugs.slugifyOrFallback("★★", "post-", "content/posts/★★.md"));
        assertEquals("post-", first.substring(0, 5));
        assertEquals(13, first.length());
    }

    @Test
    void foldingIgnoresCaseAndLatinDiacritics() {
        assertEquals(Slugs.fold("kaser"), Slugs.fold("KÄSER"));
        assertEquals("ideeën".length(), Slugs.fold("ideeën").length());
    }

    /** The quick path (a table per character) folds Latin text and typographic punctuation as the general rule does. */
    @org.junit.jupiter.api.Test
    void latinTextWithTypographicPunctuationFoldsAsTheGeneralRuleFoldsIt() {
        java.util.Random random = new java.util.Random(11);
        String pool = "Aa Zz09-'.,\u00e4\u00c4\u00e9\u00df\u00e6\u0153\u0133\u0132\u00f8\u0141\u0130\u017f\u2018\u2019\u201c\u201d"
                + "\u2013\u2014\u2026\u2002\u200b\u2011\u2024\u2033\u2060";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                int any = random.nextInt(0x250 - 0x80 + 0x70);
                text.append(random.nextBoolean() ? pool.charAt(random.nextInt(pool.length()))
                        : (char) (any < 0x250 - 0x80 ? 0x80 + any : 0x2000 + any - (0x250 - 0x80)));
            }
            String sample = text.toString();
            org.junit.jupiter.api.Assertions.assertEquals(Slugs.foldAnyScript(sample), Slugs.fold(sample), () -> sample.chars()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }
}
