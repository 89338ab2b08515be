package kist.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kist.content.Page;
import kist.content.UrlPaths;

/**
 * Old addresses kept alive: every page's {@code aliases} and kist.yaml's {@code redirects}. Each
 * gets a line in {@code _redirects} (Netlify and Cloudflare Pages answer 301), and where the old
 * path can hold a page (a folder or an .html file) a page that redirects any static host.
 */
public final class Redirects {
    static final String FILE = "_redirects";

    /** {@code from} and {@code to} are site paths ("/2007/10/x.html") or, for {@code to}, an http(s) address. */
    public record Redirect(String from, String to, String origin) {
        public boolean isExternal() {
            return to.startsWith("http://") || to.startsWith("https://");
        }

        /** The file a static host serves at {@code from}, when it can hold a page. */
        public Optional<String> pagePath() {
            boolean canHoldPage = from.endsWith("/") || from.endsWith(".html") || from.endsWith(".htm");
            return canHoldPage ? UrlPaths.outputPath(from) : Optional.empty();
        }
    }

    private Redirects() {
    }

    /** A page's old addresses: all that its redirects are made of. */
    record Aliases(List<String> aliases, String url, String sourcePath) {
        static Aliases of(Page page) {
            return new Aliases(page.frontMatter().aliases(), page.url(), page.sourcePath());
        }
    }

    /** Sorted by old path, so {@code _redirects} is the same at every build. */
    static List<Redirect> of(java.util.Map<String, String> configured, List<Aliases> pages) {
        List<Redirect> redirects = new ArrayList<>();
        for (Aliases page : pages) {
            page.aliases().forEach(alias -> redirects.add(new Redirect(alias, page.url(), page.sourcePath())));
        }
        configured.forEach((from, to) -> redirects.add(new Redirect(from, to, "kist.yaml redirects")));
        redirects.sort(Comparator.comparing(Redirect::from).thenComparing(Redirect::to));
        return redirects;
    }

    /** Netlify and Cloudflare Pages format: "from to 301", one per line. */
    static byte[] file(List<Redirect> redirects, Site site) {
        StringBuilder lines = new StringBuilder();
        for (Redirect redirect : redirects) {
            lines.append(site.link(redirect.from())).append(' ')
                    .append(redirect.isExternal() ? redirect.to() : site.link(redirect.to())).append(" 301\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
