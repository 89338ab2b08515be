package kist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StringsTest {
    private static final LocalDate DAY = LocalDate.of(2007, 10, 31);
    /** Names no JDK gives, so that each can only come from the strings. */
    private static final Strings ROMAN = new Strings("nl", Map.of(
            "date.months", "I II III IV V VI VII VIII IX X XI XII",
            "date.monthsShort", "i ii iii iv v vi vii viii ix x xi xii",
            "date.weekdays", "ma di wo do vr za zo",
            "date.long", "EEEE d MMMM yyyy",
            "date.short", "d MMM yyyy"));

    @Test
    void monthAndWeekdayNamesComeFromTheStrings() {
        assertEquals("wo 31 X 2007", ROMAN.longDate(DAY));
        assertEquals("31 x 2007", ROMAN.shortDate(DAY));
        assertEquals("X", ROMAN.monthName(10));
        assertEquals("V", ROMAN.monthName(5));
        assertEquals("ma 1 I 2007", ROMAN.longDate(LocalDate.of(2007, 1, 1)));
        assertEquals("zo 30 XII 2007", ROMAN.longDate(LocalDate.of(2007, 12, 30)));
    }

    @Test
    void quotedTextAndOtherLettersAreThePatterns() {
        assertEquals("31 van X '07", ROMAN.date(DAY, "d 'van' MMMM ''yy"));
        assertEquals("'MMMM' X", ROMAN.date(DAY, "'''MMMM''' MMMM"));
        assertEquals("2007-10-31", ROMAN.date(DAY, "yyyy-MM-dd"));
    }

    @Test
    void withoutNamesOrWithTheWrongNumberTheJdksNamesStand() {
        Strings english = new Strings("en", Map.of("date.months", "Jan Feb"));
        assertEquals("October 31, 2007", english.date(DAY, "MMMM d, yyyy"));
        assertEquals("Wednesday", english.date(DAY, "EEEE"));
    }
}
