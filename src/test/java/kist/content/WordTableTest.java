package kist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void countsEachFoldedWordOnceInTheOrderItFirstAppears() {
        String text = "Anker anker ANKER spin Käser kaser";
        WordTable table = new WordTable();
        table.addAscii(text, 0, 5);
        table.addAscii(text, 6, 11);
        table.addAscii(text, 12, 17);
        table.addAscii(text, 18, 22);
        table.add(Slugs.fold("Käser"));
        table.addAscii(text, 29, 34);

        assertEquals(List.of("anker", "spin", "kaser"), table.words());
        assertEquals(3, table.count(0));
        assertEquals(1, table.count(1));
        assertEquals(2, table.count(2), "the folded word and the plain one are one word");
    }

    @Test
    void growsPastItsFirstSizeWithoutLosingAWord() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("w").append(i).append(' ');
        }
        WordTable table = new WordTable();
        String all = text.toString();
        int start = 0;
        for (int space = all.indexOf(' '); space >= 0; start = space + 1, space = all.indexOf(' ', start)) {
            table.addAscii(all, start, space);
            table.add(all.substring(start, space));
        }
        assertEquals(5000, table.size());
        assertEquals("w4999", table.word(4999));
        assertEquals(2, table.count(4999));
    }
}
