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
}
