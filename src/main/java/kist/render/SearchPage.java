package kist.render;

import java.util.List;

import kist.config.SiteConfig;
import kist.output.SearchIndex;

/**
 * The model of {@code search.jte}: a form whose script searches {@code indexPath} as the reader
 * types. Without the script the page still lists every post ({@code posts}, newest first) and
 * links to the technique index, so a reader without JavaScript is never stuck.
 */
public record SearchPage(Site site, Head head, String indexPath, String techniquesName, String techniquesPath,
                         List<PostSummary> posts) {

    public SearchPage {
        posts = List.copyOf(posts);
    }

    static String outputPath(SiteConfig config) {
        return config.search().path().substring(1) + "index.html";
    }

    static SearchPage of(Site site, SiteConfig config, List<PostSummary> posts) {
        SiteConfig.Taxonomy techniques = config.taxonomy("techniques");
        String techniquesName = techniques.name().orElseGet(() -> site.t("taxonomy.techniques"));
        Head head = new Head(site.t("search.title"), site.t("search.description", config.title()),
                config.search().path(), false);
        return new SearchPage(site, head, "/" + SearchIndex.PATH, techniquesName, techniques.path(), posts);
    }
}
