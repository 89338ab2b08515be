package kist.serve;

import kist.build.BuildOptions;
import kist.build.BuildResult;
import kist.build.PageMemo;
import kist.build.RenderCache;
import kist.build.SiteBuilder;
import kist.build.SiteSources;

/**
 * How the dev server turns the sources it read into a site: one builder for the server's
 * lifetime, which renders again only the pages a change affects.
 */
public interface Rebuild {
    BuildResult build(SiteSources sources);

    /**
     * Builds by one {@link SiteBuilder} kept for the server's lifetime: pages whose body and link
     * environment did not change are taken over from the previous build (the first build from
     * {@code memo}, what {@code kist build} left on disk), and compiled site templates (under
     * {@code .kist/templates/}) are reused.
     */
    static Rebuild full(BuildOptions options, PageMemo memo) {
        SiteBuilder builder = new SiteBuilder(options, new RenderCache(memo));
        return builder::build;
    }
}
