package kist.scaffold;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kist.content.Slugs;

/** The file {@code kist new post} writes: a draft with front matter and a line to start from. */
public final class NewPost {
    private NewPost() {
    }

    /** A file to write, by its path in the site folder. */
    public record Draft(String path, String text) {
    }

    /**
     * @param language the site's language; the placeholder is Dutch for nl and English otherwise
     */
    public static Draft of(String title, LocalDate date, List<String> techniques, Optional<String> series, String language) {
        String slug = Slugs.slugifyOrFallback(title, "post-", title);
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(YamlText.quoted(title.strip())).append('\n');
        text.append("date: ").append(date).append('\n');
        text.append("draft: true\n");
        if (!techniques.isEmpty()) {
            text.append("techniques: ").append(YamlText.list(techniques)).append('\n');
        }
        series.ifPresent(name -> text.append("series: ").append(YamlText.quoted(name)).append('\n'));
        text.append("---\n");
        text.append(language.equals("nl")
                ? "Schrijf hier je stuk. De eerste alinea is de samenvatting op de voorpagina; "
                        + "haal `draft: true` weg als het af is.\n"
                : "Write your post here. Its first paragraph is the summary on the home page; "
                        + "remove `draft: true` when it is done.\n");
        return new Draft("content/posts/" + slug + ".md", text.toString());
    }
}
