package kist.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kist.diag.Diagnostic;
import kist.diag.Outcome;

class SiteConfigLoaderTest {

    @Test
    void defaults() {
        SiteConfig config = SiteConfigLoader.load("title: Blog\n").value().orElseThrow();

        assertEquals("en", config.language());
        assertEquals("/", config.rootPath());
        assertEquals(10, config.paginate());
        assertEquals(SiteConfig.Permalinks.DEFAULT, config.permalinks());
        assertEquals(new SiteConfig.Taxonomy("techniques", "/techniques/", Optional.empty()), config.taxonomy("techniques"));
        assertEquals(new SiteConfig.Taxonomy("tags", "/tags/", Optional.empty()), config.taxonomy("tags"));
        assertEquals(java.time.ZoneOffset.UTC, config.timeZone());
    }

    @Test
    void theTimeZoneIsARegionOrAnOffsetAndAnythingElseAnErrorAtItsPlace() {
        assertEquals(java.time.ZoneId.of("Europe/Amsterdam"),
                SiteConfigLoader.load("title: Blog\ntimeZone: Europe/Amsterdam\n").value().orElseThrow().timeZone());
        assertEquals(java.time.ZoneOffset.ofHours(1), SiteConfigLoader.load("title: Blog\ntimeZone: \"+01:00\"\n").value().orElseThrow().timeZone());

        Outcome<SiteConfig> outcome = SiteConfigLoader.load("title: Blog\ntimeZone: Europe/Amsterdan\n");
        assertTrue(outcome.value().isEmpty());
        String message = outcome.diagnostics().get(0).format();
        assertTrue(message.startsWith("kist.yaml:2:11: error: timeZone 'Europe/Amsterdan' is not a time zone"), message);
        assertTrue(message.contains("hint: write where you live as a region, such as timeZone: Europe/Amsterdam"), message);
    }

    @Test
    void taxonomyNamesMayBeGivenPerLanguage() {
        SiteConfig config = SiteConfigLoader.load("""
                title: Blog
                language: nl
                taxonomies:
                  techniques:
                    path: /technieken/
                    name: {nl: Technieken, en: Techniques}
                  tags:
                    name: Labels
                """).value().orElseThrow();

        assertEquals(new SiteConfig.Taxonomy("techniques", "/technieken/", Optional.of("Technieken")), config.taxonomy("techniques"));
        assertEquals(Optional.of("Labels"), config.taxonomy("tags").name());
    }

    @Test
    void badTaxonomiesAreErrorsAtTheirPosition() {
        Outcome<SiteConfig> outcome = SiteConfigLoader.load("""
                title: Blog
                taxonomies:
                  techniques:
                    path: technieken
                  categories:
                    path: /c/
                """);

        List<String> messages = outcome.diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(outcome.value().isEmpty());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("kist.yaml:4:11: error: taxonomy path 'technieken' is not a folder path")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("kist.yaml:6:5: error: unknown taxonomy 'categories'")), messages.toString());
    }

    @Test
    void subPathBaseUrlGivesARootPath() {
        SiteConfig config = SiteConfigLoader.load("title: Blog\nbaseUrl: https://example.github.io/blog\n").value().orElseThrow();

        assertEquals("https://example.github.io/blog/", config.baseUrl().toString());
        assertEquals("/blog/", config.rootPath());
    }

    @Test
    void unknownSettingIsAWarningThatNamesTheKnownOnes() {
        Outcome<SiteConfig> outcome = SiteConfigLoader.load("title: Blog\ntitel: Typo\n");

        assertTrue(outcome.value().isPresent());
        assertEquals("kist.yaml:2:1: warning: unknown setting 'titel'", outcome.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }
}
