package kist.render;

import java.util.List;

/** The model of {@code taxonomy.jte}: every technique (or tag) with its count, in the language's alphabetical order. */
public record TaxonomyPage(Site site, Head head, String title, List<TermCount> terms) {
    public TaxonomyPage {
        terms = List.copyOf(terms);
    }

    /** {@code size} from 1 to 5: how much the term is used, for the cloud. */
    public record TermCount(String name, String path, int count, int size) {
    }
}
