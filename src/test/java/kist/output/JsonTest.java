package kist.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static final ObjectMapper PARSER = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain           | \"plain\"",
            "say \"hi\"      | \"say \\\"hi\\\"\"",
            "back\\slash     | \"back\\\\slash\"",
            "</script>       | \"\\u003c/script\\u003e\"",
            "a & b           | \"a \\u0026 b\"",
            "]]>             | \"]]\\u003e\"",
            "Käser           | \"Käser\"",
    })
    void quotesPerRfc8259AndEscapesWhatCouldEndAScript(String text, String expected) throws Exception {
        assertEquals(expected, Json.quote(text));
        assertEquals(text, PARSER.readTree(Json.quote(text)).asText());
    }

    @Test
    void everyCharacterSurvivesARoundTripThroughAStrictParser() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\ud83d\ude00 \ud800 lone \udc00 \uffff");
        String quoted = Json.quote(all.toString());

        assertEquals(all.toString(), PARSER.readTree(quoted).asText());
        quoted.chars().forEach(c -> assertTrue(c >= 0x20 && c != 0x7f && c != 0x2028 && c != 0x2029 && c != '<'
                && !Character.isSurrogate((char) c) || c == 0xd83d || c == 0xde00, "raw " + Integer.toHexString(c)));
    }

    @Test
    void writesNestedObjectsAndArraysWithCommasBetweenValuesOnly() throws Exception {
        String text = new Json(16).beginObject().name("n").value(1).member("list", List.of("a", "b")).name("empty").beginArray()
                .endArray().name("objects").beginArray().newline().beginObject().member("x", "y").endObject().newline()
                .beginObject().endObject().newline().endArray().endObject().toString();

        assertEquals("{\"n\":1,\"list\":[\"a\",\"b\"],\"empty\":[],\"objects\":[\n{\"x\":\"y\"},\n{}\n]}", text);
        JsonNode parsed = PARSER.readTree(text);
        assertEquals("y", parsed.get("objects").get(0).get("x").asText());
    }
}
