package kist.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class FingerprintsTest {
    enum Kind { POST, PAGE }

    record Link(String title, String path) {
    }

    record View(String title, int words, Optional<LocalDate> day, List<Link> links, Map<String, Object> params, Kind kind,
                byte[] bytes) {
    }

    private static View view() {
        Map<String, Object> params = new TreeMap<>(Map.of("kleur", "blauw", "aantal", 3L));
        return new View("Anker", 120, Optional.of(LocalDate.of(2007, 10, 3)), List.of(new Link("Een", "/een/"), new Link("Twee", "/twee/")),
                params, Kind.POST, new byte[] {1, 2, 3});
    }

    private static String of(Object... values) {
        return new Fingerprints(java.util.Set.of(Link.class)).of(values).orElseThrow();
    }

    @Test
    void equalValuesHaveOneFingerprintWhateverTheirIdentity() {
        assertEquals(of(view()), of(view()));
        Fingerprints shared = new Fingerprints(java.util.Set.of(Link.class));
        Link link = new Link("Een", "/een/");
        assertEquals(shared.of(List.of(link, link)), shared.of(List.of(new Link("Een", "/een/"), link)),
                "a record hashed once is the same as an equal one hashed anew");
    }

    @Test
    void everyPartOfAValueCounts() {
        View view = view();
        List<View> changed = List.of(
                new View("Anker ", view.words(), view.day(), view.links(), view.params(), view.kind(), view.bytes()),
                new View(view.title(), 121, view.day(), view.links(), view.params(), view.kind(), view.bytes()),
                new View(view.title(), view.words(), Optional.empty(), view.links(), view.params(), view.kind(), view.bytes()),
                new View(view.title(), view.words(), Optional.of(LocalDate.of(2007, 10, 4)), view.links(), view.params(), view.kind(),
                        view.bytes()),
                new View(view.title(), view.words(), view.day(), List.of(view.links().get(1), view.links().get(0)), view.params(),
                        view.kind(), view.bytes()),
                new View(view.title(), view.words(), view.day(), List.of(new Link("Een", "/een/"), new Link("Twee", "/2/")),
                        view.params(), view.kind(), view.bytes()),
                new View(view.title(), view.words(), view.day(), view.links(), new TreeMap<>(Map.of("kleur", "blauw", "aantal", 3)),
                        view.kind(), view.bytes()),
                new View(view.title(), view.words(), view.day(), view.links(), view.params(), Kind.PAGE, view.bytes()),
                new View(view.title(), view.words(), view.day(), view.links(), view.params(), view.kind(), new byte[] {1, 2, 4}));
        java.util.Set<String> fingerprints = new java.util.HashSet<>();
        fingerprints.add(of(view));
        changed.forEach(other -> fingerprints.add(of(other)));
        assertEquals(changed.size() + 1, fingerprints.size(), "each change makes another fingerprint");
        assertNotEquals(of("ab", "c"), of("a", "bc"));
        assertNotEquals(of(List.of("a"), List.of()), of(List.of(), List.of("a")));
        assertNotEquals(of(Optional.empty()), of((Object) null));
        assertNotEquals(of(Optional.of("x")), of("x"));
        assertNotEquals(of(1), of(1L), "1 and 1L print differently in no template, but are different values");
    }

    @Test
    void anOrderedMapCountsInItsOrderAndAnUnorderedOneInNone() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertNotEquals(of(ab), of(ba), "a template lists a linked map in its order");
        assertNotEquals(of(java.util.Collections.unmodifiableMap(ab)), of(java.util.Collections.unmodifiableMap(ba)),
                "a wrapped map counts in the order it gives");
        assertEquals(of(Map.of("a", "1", "b", "2")), of(new HashMap<>(ba)), "Map.of and HashMap have no order to keep");
        assertEquals(of(java.util.Set.of("a", "b", "c")), of(new java.util.HashSet<>(List.of("c", "b", "a"))));
        assertNotEquals(of(Map.of("a", "1", "b", "2")), of(Map.of("a", "1", "b", "3")));
    }

    @Test
    void aValueOfAnotherKindHasNoFingerprint() {
        assertTrue(new Fingerprints(java.util.Set.of(Link.class)).of(new Link("Een", "/een/"), new Object()).isEmpty());
        assertTrue(new Fingerprints(java.util.Set.of(Link.class)).of(List.of(new StringBuilder("mutable"))).isEmpty());
        assertTrue(new Fingerprints(java.util.Set.of(Link.class)).of(new ArrayList<>(List.of((Runnable) () -> { }))).isEmpty());
    }

    @Test
    void fingerprintedValuesAddWhatTheyHold() {
        final class Bytes implements Fingerprints.Fingerprinted {
            private final byte[] utf8;

            Bytes(byte[] utf8) {
                this.utf8 = utf8;
            }

            @Override
            public void addTo(Hashes hashes) {
                hashes.add(utf8);
            }
        }
        assertEquals(of(new Bytes(new byte[] {1, 2})), of(new Bytes(new byte[] {1, 2})));
        assertNotEquals(of(new Bytes(new byte[] {1, 2})), of(new Bytes(new byte[] {1, 3})));
    }
}
