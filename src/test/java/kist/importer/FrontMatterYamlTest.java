package kist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kist.content.Document;
import kist.content.FrontMatterParser;
import kist.content.SourceFile;

class FrontMatterYamlTest {
    @ParameterizedTest
    @ValueSource(strings = {"Het \"anker\": waarom?", "yes", "- lijst", "# geen commentaar", "'t Anker", "null", "123",
            "a: b", "[ja]", "Продажи", "tab\there", "@home", "%percent", "Käser & co"})
    void anyTitleAndLabelSurvivesTheRoundTrip(String title) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date", "2007-10-03T14:30:00+02:00");
        fields.put("tags", List.of(title));
        String text = new FrontMatterYaml().frontMatter(fields) + "\nBody.\n";
        Document document = FrontMatterParser.parse(new SourceFile("content/posts/x.md", text), true, java.time.ZoneOffset.UTC).value().orElseThrow();
        assertEquals(title, document.frontMatter().title());
        assertEquals(List.of(title), document.frontMatter().tags());
        assertEquals("2007-10-03T14:30+02:00", document.frontMatter().date().orElseThrow().moment().toString());
    }
}
