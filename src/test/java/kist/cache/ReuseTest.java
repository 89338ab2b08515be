package kist.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReuseTest {
    @Test
    void anEqualInputGivesBackWhatWasMadeAndAnotherInputMakesAnew() {
        Reuse reuse = Reuse.across();
        AtomicInteger made = new AtomicInteger();
        List<String> first = reuse.get("slot", List.of("a", "b"), in -> {
            made.incrementAndGet();
            return List.copyOf(in);
        });
        assertSame(first, reuse.get("slot", List.of("a", "b"), in -> List.of("never made")));
        assertEquals(List.of("a", "c"), reuse.get("slot", List.of("a", "c"), List::copyOf));
        assertEquals("other slot", reuse.get("other", List.of("a", "b"), in -> "other slot"));
        assertEquals(1, made.get());
    }

    @Test
    void aChangedInputIsHandedTheOneBeforeAndWhatWasMadeOfIt() {
        Reuse reuse = Reuse.across();
        Reuse.Change<Integer, String> change = (before, made, now) -> made + " then " + now + " (after " + before + ")";

        assertEquals("made 1", reuse.get("sum", 1, in -> "made " + in, change), "nothing before: made");
        assertEquals("made 1", reuse.get("sum", 1, in -> "never", change), "the same input: kept");
        assertEquals("made 1 then 2 (after 1)", reuse.get("sum", 2, in -> "never", change));
        assertEquals("made 1 then 2 (after 1) then 3 (after 2)", reuse.get("sum", 3, in -> "never", change));
        assertEquals("made 4", Reuse.never().get("sum", 4, in -> "made " + in, change), "never keeps, so never changes");
    }

    @Test
    void aSlotNotAskedForInABuildIsForgottenAtItsEnd() {
        Reuse reuse = Reuse.across();
        reuse.get("kept", 1, in -> "one");
        reuse.get("dropped", 1, in -> "one");
        reuse.sweep();
        reuse.get("kept", 1, in -> "made again");
        reuse.sweep();

        assertEquals("one", reuse.get("kept", 1, in -> "made again"));
        assertEquals("made again", reuse.get("dropped", 1, in -> "made again"));
    }

    @Test
    void aSweepForgetsTheSlotsOfAKindNotAskedForHoweverOftenTheOthersWere() {
        Reuse reuse = Reuse.across();
        reuse.get("summary", "/a/", 1, in -> "a");
        reuse.get("summary", "/b/", 1, in -> "b");
        reuse.get("summary", "/c/", 1, in -> "c");
        reuse.get("summary", "/d/", 1, in -> "d");
        reuse.sweep();
        // asked twice, made anew twice in one build, made anew once: three of four slots; /d/ is not asked for
        reuse.get("summary", "/a/", 1, in -> "never");
        reuse.get("summary", "/a/", 1, in -> "never");
        reuse.get("summary", "/b/", 2, in -> "b2");
        reuse.get("summary", "/b/", 3, in -> "b3");
        reuse.get("summary", "/c/", 2, in -> "c2");
        reuse.sweep();

        assertEquals("d again", reuse.get("summary", "/d/", 1, in -> "d again"));
        assertEquals("a", reuse.get("summary", "/a/", 1, in -> "never"));
        assertEquals("b3", reuse.get("summary", "/b/", 3, in -> "never"));
    }

    @Test
    void aSlotAskedForByManyThreadsAtOnceCountsOnce() {
        Reuse reuse = Reuse.across();
        reuse.get("page", "/asked/", 1, in -> "asked");
        reuse.get("page", "/not asked/", 1, in -> "not asked");
        reuse.sweep();
        java.util.stream.IntStream.range(0, 100_000).parallel().forEach(i -> reuse.get("page", "/asked/", 1, in -> "never"));
        reuse.sweep();

        assertEquals("made again", reuse.get("page", "/not asked/", 1, in -> "made again"));
    }

    @Test
    void eachTakesOverTheValuesOfItemsWithEqualInputsWhereverTheyMoved() {
        Reuse reuse = Reuse.across();
        AtomicInteger made = new AtomicInteger();
        java.util.function.BiFunction<String, Integer, String> make = (item, input) -> {
            made.incrementAndGet();
            return item + input;
        };
        List<String> first = reuse.each("pages", List.of("a", "b", "c"), item -> item, String::length, make);
        assertEquals(List.of("a1", "b1", "c1"), first);
        assertEquals(3, made.get());
        reuse.sweep();

        // a new item at the top moves every other one; b's input changed; c is gone
        List<String> second = reuse.each("pages", List.of("new", "a", "bb"), item -> item.substring(0, 1),
                item -> item.equals("bb") ? 2 : item.length(), make);
        assertEquals(List.of("new3", "a1", "bb2"), second);
        assertSame(first.get(0), second.get(1), "a moved one place down and is the very value");
        assertEquals(5, made.get(), "new and bb made, a taken over");
        reuse.sweep();

        List<String> third = reuse.each("pages", List.of("new", "a", "bb"), item -> item.substring(0, 1),
                item -> item.equals("bb") ? 2 : item.length(), make);
        assertEquals(second, third);
        for (int i = 0; i < third.size(); i++) {
            assertSame(second.get(i), third.get(i), "nothing changed: every value at its place");
        }
        assertEquals(5, made.get());
        reuse.sweep();

        assertEquals(List.of("c1"), reuse.each("pages", List.of("c"), item -> item, String::length, make), "c was forgotten: made again");
        assertEquals(6, made.get());
        assertEquals(List.of("x1"), Reuse.never().each("pages", List.of("x"), item -> item, String::length, make));
        assertEquals(7, made.get(), "never keeps");
    }

    @Test
    void slotsOfOneKindAreKeptApartByTheirKeys() {
        Reuse reuse = Reuse.across();
        reuse.get("summary", "/a/", 1, in -> "a");
        reuse.get("summary", "/b/", 1, in -> "b");
        assertEquals("a", reuse.get("summary", "/a/", 1, in -> "made again"));
        assertEquals("b", reuse.get("summary", "/b/", 1, in -> "made again"));
        assertEquals("c", reuse.get("summary", "/c/", 1, in -> "c"));
    }

    @Test
    void canonicalGivesBackThePreviousObjectWhileTheValueIsEqual() {
        Reuse reuse = Reuse.across();
        List<String> first = reuse.canonical("terms", "/post/", new java.util.ArrayList<>(List.of("anker")));
        reuse.sweep();
        List<String> equal = new java.util.ArrayList<>(List.of("anker"));
        assertSame(first, reuse.canonical("terms", "/post/", equal));
        List<String> other = List.of("anker", "spin");
        assertSame(other, reuse.canonical("terms", "/post/", other));
    }

    @Test
    void sameIsEqualOnlyToTheVeryObject() {
        List<String> list = List.of("a");
        assertEquals(new Same<>(list), new Same<>(list));
        assertEquals(new Same<>(list).hashCode(), new Same<>(list).hashCode());
        assertNotEquals(new Same<>(list), new Same<>(new java.util.ArrayList<>(list)), "equal, but another object");
        Reuse reuse = Reuse.across();
        reuse.get("maps", new Same<>(list), in -> "made from the list");
        assertEquals("made again", reuse.get("maps", new Same<>(new java.util.ArrayList<>(list)), in -> "made again"));
    }

    @Test
    void neverMakesEveryTime() {
        Reuse reuse = Reuse.never();
        AtomicInteger made = new AtomicInteger();
        reuse.get("slot", 1, in -> made.incrementAndGet());
        reuse.get("slot", 1, in -> made.incrementAndGet());
        assertEquals(2, made.get());
    }
}
